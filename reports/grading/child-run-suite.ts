// Runs one submission's suite in a child Node process (the real isolation `kubespec grade` uses):
// a fresh module cache per submission (Cucumber's support code loads once per process), a
// wall-clock budget (the child is killed when it runs over) and a heap budget
// (--max-old-space-size), so a hostile manifest cannot stall or exhaust the grader.
// The child only imports the core's runSuite; nothing from the submission is loaded as code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunSuite, RunSuiteOptions, RunSuiteResult } from './run-suite.ts';

/** The module hooks that load TypeScript, for the child's --import. */
const TS_LOADER = new URL('../../bin/typescript/register.js', import.meta.url).href;

const CHILD = fileURLToPath(new URL('./child-run.ts', import.meta.url));

export interface ChildBudget {
  timeoutMs: number;
  maxHeapMb: number;
}

export const DEFAULT_BUDGET: ChildBudget = { timeoutMs: 5 * 60_000, maxHeapMb: 2048 };

export function childRunSuite(budget: ChildBudget = DEFAULT_BUDGET): RunSuite {
  return (options) => runInChild(options, budget);
}

function runInChild(options: RunSuiteOptions, budget: ChildBudget): Promise<RunSuiteResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath,
      [`--max-old-space-size=${budget.maxHeapMb}`, '--import', TS_LOADER, CHILD, JSON.stringify(options)],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString('utf8')).slice(-4000); });
    const timer = setTimeout(() => child.kill('SIGKILL'), budget.timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') reject(new Error(`the run exceeded its time budget of ${budget.timeoutMs} ms and was stopped`));
      else if (code === null || code > 1) reject(new Error(runFailure(code, stderr, budget)));
      else resolvePromise({ exitCode: code, outDir: options.outDir });
    });
  });
}

function runFailure(code: number | null, stderr: string, budget: ChildBudget): string {
  if (/heap out of memory|Allocation failed/i.test(stderr)) return `the run exceeded its memory budget of ${budget.maxHeapMb} MB`;
  const last = stderr.trim().split('\n').slice(-3).join(' ').trim();
  return `the run crashed (exit ${code ?? 'signal'})${last ? `: ${last}` : ''}`;
}
