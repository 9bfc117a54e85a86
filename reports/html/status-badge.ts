// Status badges for the HTML report: a symbol and a word (never colour alone), and the CSS
// class that colours them. Grader errors (undefined/ambiguous/pending steps, broken hooks) get
// their own badge so nobody mistakes them for a student's failure.
// Leaves out icons: plain Unicode symbols render everywhere offline.
import type { ScenarioResult, Status } from '../model/run-model.ts';

const SYMBOL: Record<Status, string> = {
  passed: '✔', failed: '✖', skipped: '−', pending: '…', undefined: '?', ambiguous: '⁇', unknown: '·',
};

export function statusClass(status: Status, graderError = false): string {
  if (graderError) return 'error';
  if (status === 'passed' || status === 'failed') return status;
  return status === 'skipped' ? 'skipped' : 'unknown';
}

export function stepBadge(status: Status): string {
  return `<span class="status status-${statusClass(status)}">${SYMBOL[status]} ${status}</span>`;
}

export function scenarioBadge(s: ScenarioResult): string {
  if (s.graderError) return `<span class="status status-error">⚠ grader error (${s.status})</span>`;
  return stepBadge(s.status);
}
