// The read model every report format renders: features -> scenarios -> steps, with grading
// metadata from tags and the journal lines of each scenario joined on `uri:line`.
// Built by build-model.ts from Cucumber's messages plus journal.ndjson; nothing else.
// Leaves out retries beyond the last attempt.
import type { JournalEntry } from './journal.ts';
import type { FailureState } from './failure-state.ts';

/** Lower-case Cucumber statuses; `error` marks grader errors (undefined/ambiguous steps, broken hooks). */
export type Status = 'passed' | 'failed' | 'skipped' | 'pending' | 'undefined' | 'ambiguous' | 'unknown';

export type StepArgument =
  | { kind: 'docString'; content: string; mediaType: string | undefined }
  | { kind: 'dataTable'; rows: string[][] };

/** A step argument as text: the doc string, or the table as `| a | b |` rows. */
export function argumentText(argument: StepArgument): string {
  return argument.kind === 'docString'
    ? argument.content
    : argument.rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
}

export interface StepResult {
  keyword: string;
  /** Line of the Gherkin step (for hooks, the scenario's line). */
  line: number;
  text: string;
  status: Status;
  /** Set for hook steps (Before/After) so they can be shown only when they matter. */
  hook: boolean;
  /** Wall-clock duration in ms from the messages; 0 when absent. */
  durationMs: number;
  errorType: string | undefined;
  errorMessage: string | undefined;
  /** Source of the matched step definition, `steps/x.steps.ts:12`. */
  match: string | undefined;
  /** The step's doc string or data table; undefined when it has none. */
  argument: StepArgument | undefined;
  /** Text attachments of this step (kubespec's After hook attaches seed, replay and journal tail). */
  attachments: string[];
  /** Every attachment of this step as Cucumber recorded it, binary ones and the failure state included. */
  recorded: RecordedAttachment[];
}

/** An attachment as the message stream carries it: `body` is base64 when `encoding` is BASE64. */
export interface RecordedAttachment {
  mediaType: string;
  body: string;
  encoding: 'IDENTITY' | 'BASE64';
  fileName: string | undefined;
}

export interface ScenarioResult {
  id: string;
  name: string;
  keyword: string;
  uri: string;
  line: number;
  /** `features/x.feature:12` — the journal's scenario key (an outline's example row line). */
  location: string;
  tags: string[];
  /** Tags with the line they were written on (inherited feature tags keep the feature's line). */
  tagRefs: TagRef[];
  status: Status;
  /** True when the scenario could not be judged: undefined, ambiguous, pending step, a failed hook or a broken fixture. */
  graderError: boolean;
  points: number;
  rubric: string | undefined;
  hidden: boolean;
  extraCredit: boolean;
  seed: number | undefined;
  steps: StepResult[];
  durationMs: number;
  /** ISO timestamp of the test case start, from the messages (wall clock of the recorded run). */
  startedAt: string | undefined;
  journal: JournalEntry[];
  /** The After hook's attachments at a failure: `kubectl get all -A -o wide` and the objects involved as YAML. */
  failureState: FailureState | undefined;
  /** Last virtual instant seen in the journal for this scenario (ms). */
  virtualTimeMs: number;
}

export interface TagRef {
  name: string;
  line: number;
}

export interface FeatureResult {
  uri: string;
  line: number;
  name: string;
  keyword: string;
  description: string;
  tags: TagRef[];
  scenarios: ScenarioResult[];
}

export interface RunModel {
  features: FeatureResult[];
  /** Wall-clock duration of the whole run in ms (testRunStarted -> testRunFinished). */
  durationMs: number;
  startedAt: string | undefined;
  success: boolean;
  seed: number | undefined;
  versions: Record<string, string>;
}

export function allScenarios(model: RunModel): ScenarioResult[] {
  return model.features.flatMap((feature) => feature.scenarios);
}
