// Child-process entry for child-run-suite.ts: parses the RunSuiteOptions JSON from argv, calls
// the core's runSuite (bin/commands/run.ts) quietly, exits 0 (all passed) or 1 (some failed).
// Exit codes above 1 mean the run itself broke; the parent reports that as a grader error.
// Leaves out progress output: the parent prints one line per submission.
import type { RunSuiteOptions, RunSuiteResult } from './run-suite.ts';

// A variable specifier: run.ts belongs to the core; only its runSuite export is used.
const RUN_MODULE: string = new URL('../../bin/commands/run.ts', import.meta.url).href;

const options = JSON.parse(process.argv[2] ?? '{}') as RunSuiteOptions;
const { runSuite } = (await import(RUN_MODULE)) as {
  runSuite: (o: RunSuiteOptions & { quiet: boolean; formats: string[] }) => Promise<RunSuiteResult>;
};
const result = await runSuite({ ...options, quiet: true, formats: [] });
process.exitCode = result.exitCode === 0 ? 0 : 1;
