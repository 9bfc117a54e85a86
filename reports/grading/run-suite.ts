// The contract between grading and the core's runner: `runSuite` from bin/commands/run.ts runs
// the given feature paths with one seed, reading the instructor's fixtures from `fixtureRoot` and
// `${submission}/...` files from `submissionRoot`, and writes messages.ndjson and journal.ndjson
// into `outDir`. Grading depends only on this shape.
// Leaves out parallelism: submissions are graded one after another, each in a fresh cluster.

export interface RunSuiteOptions {
  paths: string[];
  seed: number;
  outDir: string;
  /** Where the instructor's own fixture paths (without the placeholder) resolve. */
  fixtureRoot: string;
  /** The submission folder; instructor features name its files as `${submission}/...`. */
  submissionRoot: string;
}

export interface RunSuiteResult {
  exitCode: number;
  outDir: string;
}

export type RunSuite = (options: RunSuiteOptions) => Promise<RunSuiteResult>;
