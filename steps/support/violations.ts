// How an invariant violation is reported: which invariant, when (virtual time), which objects,
// and the journal lines around that instant.
import type { JournalEntry } from '../../engine/journal/journal.ts';
import type { RecordedViolation } from '../../engine/invariants/checker.ts';

export function describeViolations(violations: readonly RecordedViolation[], journal: readonly JournalEntry[]): string {
  const first = violations[0]!;
  const around = journal.filter((e) => e.t <= first.t && e.verb !== 'step').slice(-8)
    .map((e) => `  ${e.time} ${e.component} ${e.verb} ${e.kind ?? ''}/${e.name ?? ''} ${e.rv ? `rv=${e.rv}` : ''} ${e.reason ?? ''} ${e.message ?? ''}`.trimEnd());
  const lines = violations.slice(0, 5).map((v) => `invariant ${v.invariant} violated at ${v.time} (revision ${v.revision}): ${v.message} [${v.objects.join(', ')}]`);
  if (violations.length > 5) lines.push(`… and ${violations.length - 5} more violation(s)`);
  return [...lines, 'journal up to the first violation:', ...around,
    'Hint: if the scenario breaks this invariant on purpose, assert it with "Then the invariant \\"<name>\\" was violated", or tag the scenario @skip-invariant=<name>:<reason>.'].join('\n');
}
