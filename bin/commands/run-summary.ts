// Counts scenarios by outcome from Cucumber's message stream: a test case passed when every
// step passed (or was skipped after passing ones); anything else — failed, undefined,
// ambiguous, pending — counts as failed. Retried attempts count once (the last).
import { existsSync, readFileSync } from 'node:fs';

export function summarizeMessages(path: string): { passed: number; failed: number } {
  if (!existsSync(path)) return { passed: 0, failed: 0 };
  const worst = new Map<string, boolean>(); // testCaseStartedId → failed?
  const testCaseOf = new Map<string, string>(); // testCaseStartedId → testCaseId
  const finalByCase = new Map<string, string>(); // testCaseId → last testCaseStartedId
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const env = JSON.parse(line) as Record<string, { id?: string; testCaseId?: string; testCaseStartedId?: string; testStepResult?: { status: string }; willBeRetried?: boolean }>;
    if (env.testCaseStarted) {
      testCaseOf.set(env.testCaseStarted.id!, env.testCaseStarted.testCaseId!);
      worst.set(env.testCaseStarted.id!, false);
    } else if (env.testStepFinished) {
      const status = env.testStepFinished.testStepResult?.status;
      if (status !== 'PASSED' && status !== 'SKIPPED') worst.set(env.testStepFinished.testCaseStartedId!, true);
    } else if (env.testCaseFinished && !env.testCaseFinished.willBeRetried) {
      const started = env.testCaseFinished.testCaseStartedId!;
      finalByCase.set(testCaseOf.get(started)!, started);
    }
  }
  let passed = 0;
  let failed = 0;
  for (const started of finalByCase.values()) {
    if (worst.get(started)) failed++;
    else passed++;
  }
  return { passed, failed };
}
