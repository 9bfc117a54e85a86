// Builds the RunModel from Cucumber envelopes and journal entries: the one join every report uses.
// Mirrors what @cucumber/query does (pickle -> testCase -> testCaseStarted -> testStepFinished),
// keeping only the last attempt of a retried test case. Text attachments stay with their step,
// except the After hook's failure state (model/failure-state.ts), which the scenario carries;
// every attachment, binary ones included, is also kept as recorded on its step.
// Leaves out Rules as a grouping level (their tags still reach the pickle).
import type { Attachment, Envelope, GherkinDocument, Pickle, TestCase, TestStepFinished, Timestamp } from '@cucumber/messages';
import { groupByScenario, type JournalEntry } from './journal.ts';
import type { FeatureResult, RecordedAttachment, RunModel, ScenarioResult, StepArgument, StepResult } from './run-model.ts';
import { isGraderErrorStep, toStatus, worstStatus } from './status.ts';
import { attachmentText, FAILURE_STATE_FILES, failureState } from './failure-state.ts';
import { readScenarioTags } from './tags.ts';
import { buildIndex, type MessageIndex } from './message-index.ts';

export interface ModelOptions {
  /** Points for a scenario without @points=N. */
  defaultPoints?: number;
  /** The run's seed, used when a scenario has no @seed=N tag. */
  seed?: number;
  versions?: Record<string, string>;
}

export function buildRunModel(
  envelopes: readonly Envelope[], journal: readonly JournalEntry[], options: ModelOptions = {},
): RunModel {
  const index = buildIndex(envelopes);
  const journalByScenario = groupByScenario(journal);
  const features: FeatureResult[] = [];
  for (const doc of index.documents) {
    const scenarios = index.pickles
      .filter((pickle) => pickle.uri === doc.uri && index.testCaseByPickle.has(pickle.id))
      .map((pickle) => buildScenario(pickle, index, journalByScenario, options));
    if (scenarios.length > 0) features.push(buildFeature(doc, scenarios));
  }
  const seed = options.seed ?? findJournalSeed(journal);
  return {
    features,
    durationMs: Math.max(0, toMs(index.runFinished?.timestamp) - toMs(index.runStarted?.timestamp)),
    startedAt: toIso(index.runStarted?.timestamp),
    success: index.runFinished?.success ?? features.every((f) => f.scenarios.every((s) => s.status === 'passed')),
    seed,
    versions: { ...index.versions, ...options.versions },
  };
}

function buildFeature(doc: GherkinDocument, scenarios: ScenarioResult[]): FeatureResult {
  const feature = doc.feature;
  return {
    uri: doc.uri ?? '',
    line: feature?.location.line ?? 1,
    name: feature?.name ?? '',
    keyword: feature?.keyword ?? 'Feature',
    description: (feature?.description ?? '').trim(),
    tags: (feature?.tags ?? []).map((tag) => ({ name: tag.name, line: tag.location.line })),
    scenarios,
  };
}

function buildScenario(
  pickle: Pickle, index: MessageIndex, journal: Map<string, JournalEntry[]>, options: ModelOptions,
): ScenarioResult {
  const testCase = index.testCaseByPickle.get(pickle.id) as TestCase;
  const started = index.lastStartedByTestCase.get(testCase.id);
  const finishedSteps = started ? index.stepsFinishedByStarted.get(started.id) : undefined;
  const line = pickle.location?.line ?? index.astLines.get(pickle.astNodeIds[0] ?? '') ?? 0;
  const attachments = started ? (index.attachments.get(started.id) ?? []) : [];
  const steps = testCase.testSteps.map((testStep) =>
    buildStep(testStep, pickle, index, finishedSteps?.get(testStep.id), line, attachments));
  const tags = pickle.tags.map((tag) => tag.name);
  const meta = readScenarioTags(tags, options.defaultPoints ?? 1);
  const location = `${pickle.uri}:${line}`;
  const entries = journal.get(location) ?? [];
  const status = worstStatus(steps.map((step) => step.status));
  const finished = started ? index.finishedByStarted.get(started.id) : undefined;
  return {
    id: pickle.id,
    name: pickle.name,
    keyword: index.astKeywords.get(pickle.astNodeIds[0] ?? '') ?? 'Scenario',
    uri: pickle.uri,
    line,
    location,
    tags,
    tagRefs: pickle.tags.map((tag) => ({ name: tag.name, line: index.astLines.get(tag.astNodeId) ?? line })),
    status,
    graderError: steps.some(isGraderErrorStep),
    points: meta.points,
    rubric: meta.rubric,
    hidden: meta.hidden,
    extraCredit: meta.extraCredit,
    // The run-wide seed wins over @seed=N, as in steps/support/hooks.ts (KUBESPEC_SEED first).
    seed: options.seed ?? meta.seed ?? findAttachedSeed(steps) ?? findJournalSeed(entries),
    steps: steps.filter((step) => !step.hook || step.status !== 'passed' || step.recorded.length > 0),
    durationMs: Math.max(0, toMs(finished?.timestamp) - toMs(started?.timestamp)),
    startedAt: toIso(started?.timestamp),
    journal: entries,
    failureState: failureState(attachments),
    virtualTimeMs: entries.reduce((max, entry) => Math.max(max, entry.t), 0),
  };
}

function buildStep(
  testStep: TestCase['testSteps'][number], pickle: Pickle, index: MessageIndex,
  finished: TestStepFinished | undefined, scenarioLine: number, attachments: readonly Attachment[],
): StepResult {
  const pickleStep = pickle.steps.find((step) => step.id === testStep.pickleStepId);
  const result = finished?.testStepResult;
  const hook = testStep.hookId ? index.hooks.get(testStep.hookId) : undefined;
  const definition = index.stepDefinitions.get(testStep.stepDefinitionIds?.[0] ?? '');
  const source = hook?.sourceReference ?? definition?.sourceReference;
  const own = attachments.filter((a) => a.testStepId === testStep.id);
  return {
    keyword: pickleStep ? (index.astKeywords.get(pickleStep.astNodeIds[0] ?? '') ?? '* ') : hookKeyword(hook?.type),
    line: index.astLines.get(pickleStep?.astNodeIds[0] ?? '') ?? scenarioLine,
    text: pickleStep?.text ?? hook?.name ?? 'hook',
    status: toStatus(result?.status),
    hook: pickleStep === undefined,
    durationMs: result ? result.duration.seconds * 1000 + Math.round(result.duration.nanos / 1e6) : 0,
    errorType: result?.exception?.type ?? (result?.message ? 'Error' : undefined),
    errorMessage: result?.message,
    match: source?.uri ? `${source.uri}:${source.location?.line ?? 0}` : undefined,
    argument: stepArgument(pickleStep?.argument),
    attachments: own
      .filter((a) => a.mediaType.startsWith('text/') && !FAILURE_STATE_FILES.includes(a.fileName ?? ''))
      .map(attachmentText),
    recorded: own.map(recordedAttachment),
  };
}

function recordedAttachment(a: Attachment): RecordedAttachment {
  return { mediaType: a.mediaType, body: a.body, encoding: a.contentEncoding === 'BASE64' ? 'BASE64' : 'IDENTITY', fileName: a.fileName };
}

function hookKeyword(type: string | undefined): string {
  return type?.startsWith('AFTER') ? 'After ' : 'Before ';
}

function stepArgument(argument: Pickle['steps'][number]['argument']): StepArgument | undefined {
  if (argument?.docString) return { kind: 'docString', content: argument.docString.content, mediaType: argument.docString.mediaType };
  if (argument?.dataTable) return { kind: 'dataTable', rows: argument.dataTable.rows.map((row) => row.cells.map((c) => c.value)) };
  return undefined;
}

/** kubespec's After hook attaches `... seed: N` on failure (steps/support/hooks.ts). */
function findAttachedSeed(steps: readonly StepResult[]): number | undefined {
  for (const step of steps) {
    for (const text of step.attachments) {
      const m = /\bseed: (-?\d+)/.exec(text);
      if (m?.[1]) return Number(m[1]);
    }
  }
  return undefined;
}

/** A journal `mark` line with reason `Seed` carries the run's seed in its message. */
function findJournalSeed(entries: readonly JournalEntry[]): number | undefined {
  const mark = entries.find((e) => e.verb === 'mark' && e.reason?.toLowerCase() === 'seed');
  return mark?.message !== undefined && /^\d+$/.test(mark.message) ? Number(mark.message) : undefined;
}

export function toMs(timestamp: Timestamp | undefined): number {
  return timestamp ? timestamp.seconds * 1000 + Math.round(timestamp.nanos / 1e6) : 0;
}

function toIso(timestamp: Timestamp | undefined): string | undefined {
  return timestamp ? new Date(toMs(timestamp)).toISOString() : undefined;
}
