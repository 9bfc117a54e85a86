// The progress of `kubespec run` on long runs, fed by Cucumber's message stream (runCucumber's
// onMessage). Attached to a terminal: one line redrawn in place with a bar, `N/M scenarios`, the
// passed and failed counts and the feature file running. Otherwise (CI, pipes): plain lines
// without control characters, one per failed scenario and one per finished feature file with its
// counts. Counted as run-summary.ts counts: the last attempt of a retried scenario, failed when a
// step is anything but passed or skipped. No wall times, so the lines are the same on every run.
import type { Envelope } from '@cucumber/messages';

/** What progress needs of process.stdout (a fake one in the tests). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

interface Scenario { uri: string; line: number; name: string }
interface Attempt { scenario: Scenario; failed: boolean }
interface FeatureCounts { uri: string; passed: number; failed: number }

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\x1b[K';

export class RunProgress {
  private readonly tty: boolean;
  private readonly scenarios = new Map<string, Scenario>(); // pickle id → scenario
  private readonly testCases = new Map<string, Scenario>(); // test case id → scenario
  private readonly attempts = new Map<string, Attempt>(); // test case started id → attempt
  private total = 0;
  private passed = 0;
  private failed = 0;
  private feature: FeatureCounts | undefined;
  private drawn = ''; // the bar line last drawn on the terminal

  constructor(private readonly out: ProgressStream) {
    this.tty = out.isTTY === true;
  }

  readonly onMessage = (e: Envelope): void => {
    if (e.pickle) this.scenarios.set(e.pickle.id, { uri: e.pickle.uri, line: e.pickle.location?.line ?? 0, name: e.pickle.name });
    else if (e.testCase) this.addTestCase(e.testCase.id, e.testCase.pickleId);
    else if (e.testCaseStarted) this.start(e.testCaseStarted.id, e.testCaseStarted.testCaseId);
    else if (e.testStepFinished) this.stepFinished(e.testStepFinished.testCaseStartedId, e.testStepFinished.testStepResult.status);
    else if (e.testCaseFinished && !e.testCaseFinished.willBeRetried) this.finish(e.testCaseFinished.testCaseStartedId);
    else if (e.testRunFinished) this.end();
  };

  private addTestCase(id: string, pickleId: string): void {
    const scenario = this.scenarios.get(pickleId);
    if (scenario === undefined) return;
    this.testCases.set(id, scenario);
    this.total++;
  }

  private start(id: string, testCaseId: string): void {
    const scenario = this.testCases.get(testCaseId);
    if (scenario === undefined) return;
    this.attempts.set(id, { scenario, failed: false });
    if (this.feature?.uri !== scenario.uri) {
      if (!this.tty) this.printFeature();
      this.feature = { uri: scenario.uri, passed: 0, failed: 0 };
    }
    if (this.tty) this.redraw();
  }

  private stepFinished(startedId: string, status: string): void {
    const attempt = this.attempts.get(startedId);
    if (attempt !== undefined && status !== 'PASSED' && status !== 'SKIPPED') attempt.failed = true;
  }

  private finish(startedId: string): void {
    const attempt = this.attempts.get(startedId);
    if (attempt === undefined || this.feature === undefined) return;
    if (attempt.failed) {
      this.failed++;
      this.feature.failed++;
      const { uri, line, name } = attempt.scenario;
      this.printLine(`FAILED ${uri}:${line} ${name}`);
    } else {
      this.passed++;
      this.feature.passed++;
    }
    if (this.tty) this.redraw();
  }

  /** The bar's last state (or the last feature's line) stays, a blank line before Cucumber's summary. */
  private end(): void {
    if (this.tty) {
      this.redraw();
      this.out.write('\n\n');
    } else {
      this.printFeature();
      this.out.write('\n');
    }
  }

  /** Plain mode: `features/x.feature: 3 scenarios (2 passed, 1 failed) [5/12]`. */
  private printFeature(): void {
    if (this.feature === undefined) return;
    const { uri, passed, failed } = this.feature;
    const n = passed + failed;
    this.out.write(`${uri}: ${n} ${n === 1 ? 'scenario' : 'scenarios'} (${passed} passed, ${failed} failed) [${this.passed + this.failed}/${this.total}]\n`);
  }

  /** A line above the bar on a terminal; a plain line otherwise. */
  private printLine(text: string): void {
    if (this.tty) {
      this.out.write(`${CLEAR_LINE}${text}\n`);
      this.redraw(true);
    } else this.out.write(`${text}\n`);
  }

  private redraw(force = false): void {
    const line = this.barLine();
    if (line === this.drawn && !force) return;
    this.out.write(`${CLEAR_LINE}${line}`);
    this.drawn = line;
  }

  /** `[█████░░░] 5/12 scenarios  4 passed  1 failed  features/x.feature`, cut to the terminal's width. */
  private barLine(): string {
    const done = this.passed + this.failed;
    const filled = this.total === 0 ? 0 : Math.round((BAR_WIDTH * done) / this.total);
    const head = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${this.total} scenarios  ${this.passed} passed  ${this.failed} failed`;
    const running = done < this.total ? this.feature?.uri ?? '' : '';
    // A pseudo-terminal without a size reports 0 columns.
    const columns = this.out.columns !== undefined && this.out.columns > 0 ? this.out.columns : 80;
    return fitToWidth(head, running, columns - 1);
  }
}

/** `head  tail`, the tail cut from the left (`…` marks the cut) so the line never wraps. */
export function fitToWidth(head: string, tail: string, width: number): string {
  if (tail === '') return head.slice(0, width);
  const room = width - head.length - 2;
  if (room >= tail.length) return `${head}  ${tail}`;
  if (room < 2) return head.slice(0, width);
  return `${head}  …${tail.slice(tail.length - room + 1)}`;
}
