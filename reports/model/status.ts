// Status rules shared by every format: the mapping from Cucumber's TestStepResultStatus and
// the scenario status as the worst of its steps, in cucumber-js's order of precedence
// (src/formatter/helpers/... `getWorstTestStepResult`: FAILED > AMBIGUOUS > UNDEFINED > PENDING > SKIPPED > PASSED).
// Leaves out UNKNOWN beyond treating it as worse than passed.
// Grader errors: steps the grader is to blame for (undefined, ambiguous, pending, a failed hook,
// a FixtureError from a broken fixture of the feature's author), never the submission.
import type { Status, StepResult } from './run-model.ts';
import { FIXTURE_ERROR_TYPE } from './failure-state.ts';

const SEVERITY: Record<Status, number> = {
  passed: 0, skipped: 1, unknown: 2, pending: 3, undefined: 4, ambiguous: 5, failed: 6,
};

export function toStatus(raw: string | undefined): Status {
  const lower = (raw ?? 'UNKNOWN').toLowerCase();
  return lower in SEVERITY ? (lower as Status) : 'unknown';
}

export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status = 'passed';
  for (const status of statuses) if (SEVERITY[status] > SEVERITY[worst]) worst = status;
  return statuses.length === 0 ? 'unknown' : worst;
}

/** Statuses that say the grader (not the student) is at fault. */
export function isGraderErrorStatus(status: Status): boolean {
  return status === 'undefined' || status === 'ambiguous' || status === 'pending';
}

/** A step whose outcome is the grader's fault: not judged, a broken hook, or a broken fixture. */
export function isGraderErrorStep(step: Pick<StepResult, 'status' | 'hook' | 'errorType'>): boolean {
  if (isGraderErrorStatus(step.status)) return true;
  return step.status === 'failed' && (step.hook || step.errorType === FIXTURE_ERROR_TYPE);
}
