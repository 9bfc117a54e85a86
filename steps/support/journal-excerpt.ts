// The journal lines that matter for a failure: the entries up to the moment it happened (the
// write at a store revision) that are about the objects involved (the object itself, or Events
// about it), or are what the scenario did (kubectl and kubespec writes, faults); when there are
// none, the last lines before that moment. Lease renewals are left out unless a Lease is
// involved: they are heartbeats, not news. Times are shown to the millisecond.
import { formatMicroTimestamp } from '../../engine/clock/timestamp.ts';
import type { JournalEntry } from '../../engine/journal/journal.ts';

/** A virtual instant to the millisecond (RFC3339 with milliseconds), for failure messages. */
export const instant = (ms: number): string => formatMicroTimestamp(ms).replace(/(\.\d{3})\d{3}Z$/, '$1Z');

export interface ExcerptOptions {
  /** First journal index to consider (e.g. where the step began). */
  from?: number;
  /** Stop after the write of this store revision (later entries are after the moment). */
  uptoRevision?: number;
  /** `Kind/namespace/name` (or `Kind/name`) of the objects that matter. */
  objects?: readonly string[];
  limit?: number;
}

const nameOf = (e: JournalEntry): string => `${e.kind ?? ''}/${e.namespace ? `${e.namespace}/` : ''}${e.name ?? ''}`;

export function formatEntry(e: JournalEntry): string {
  const parts = [instant(e.t), e.component, e.verb, `${e.kind ?? ''}/${e.name ?? ''}`, e.rv ? `rv=${e.rv}` : '', e.reason ?? '', e.message ?? ''];
  return `  ${parts.filter((p) => p !== '').join(' ')}`;
}

/** The entries in the window, up to and including the write of `uptoRevision`. */
function windowOf(entries: readonly JournalEntry[], opts: ExcerptOptions): JournalEntry[] {
  let end = entries.length;
  if (opts.uptoRevision !== undefined) {
    const after = entries.findIndex((e, i) => i >= (opts.from ?? 0) && e.rv !== undefined && e.rv !== '' && Number(e.rv) > opts.uptoRevision!);
    if (after >= 0) end = after;
  }
  return entries.slice(opts.from ?? 0, end).filter((e) => e.verb !== 'step' && e.verb !== 'mark');
}

export function journalExcerpt(entries: readonly JournalEntry[], opts: ExcerptOptions = {}): string[] {
  const limit = opts.limit ?? 10;
  const inWindow = windowOf(entries, opts);
  const wanted = new Set(opts.objects ?? []);
  const relevant = inWindow.filter((e) => wanted.has(nameOf(e)) || e.component === 'kubectl' || e.component === 'kubespec' || e.verb === 'fault');
  const chosen = relevant.length > 0 ? relevant : inWindow.filter((e) => e.kind !== 'Lease');
  return chosen.slice(-limit).map(formatEntry);
}
