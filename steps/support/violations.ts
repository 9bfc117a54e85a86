// How an invariant violation is reported: which invariant, when (virtual time and store
// revision), which objects, and the journal lines that matter up to that write.
import type { JournalEntry } from '../../engine/journal/journal.ts';
import type { RecordedViolation } from '../../engine/invariants/checker.ts';
import { instant, journalExcerpt } from './journal-excerpt.ts';

export function describeViolations(violations: readonly RecordedViolation[], journal: readonly JournalEntry[]): string {
  const first = violations[0]!;
  const around = journalExcerpt(journal, { uptoRevision: first.revision, objects: first.objects, limit: 8 });
  const lines = violations.slice(0, 5).map((v) => `invariant ${v.invariant} violated at ${instant(v.t)} (revision ${v.revision}): ${v.message} [${v.objects.join(', ')}]`);
  if (violations.length > 5) lines.push(`… and ${violations.length - 5} more violation(s)`);
  return [...lines, `journal up to the first violation (revision ${first.revision}):`, ...around,
    'Hint: if the scenario breaks this invariant on purpose, assert it with "Then the invariant \\"<name>\\" was violated", or tag the scenario @skip-invariant=<name>:<reason>.'].join('\n');
}
