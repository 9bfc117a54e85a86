// The scenario's event log as `kubectl get events -A` prints it at the scenario's last virtual
// instant: NAMESPACE, LAST SEEN, TYPE, REASON, OBJECT, MESSAGE; repeats aggregated as
// "10s (x3 over 30s)". Ports pkg/printers/internalversion/printers.go printEvent and
// text/tabwriter's padding of 3. Leaves out event series (events.k8s.io) and sorting flags:
// rows are ordered by last occurrence, ties by first appearance.
import type { JournalEntry } from '../model/journal.ts';
import { humanDuration } from './human-duration.ts';

interface EventRow {
  namespace: string;
  type: string;
  reason: string;
  object: string;
  message: string;
  firstMs: number;
  lastMs: number;
  count: number;
}

export function aggregateEvents(journal: readonly JournalEntry[]): EventRow[] {
  const rows = new Map<string, EventRow>();
  for (const e of journal) {
    if (e.verb !== 'event') continue;
    const object = e.name ? `${(e.kind ?? '').toLowerCase()}/${e.name}` : (e.kind ?? '').toLowerCase();
    const row: EventRow = {
      namespace: e.namespace ?? 'default', type: e.type ?? 'Normal', reason: e.reason ?? '', object,
      message: e.message ?? '', firstMs: e.t, lastMs: e.t, count: 1,
    };
    const key = JSON.stringify([row.namespace, row.type, row.reason, row.object, row.message]);
    const seen = rows.get(key);
    if (seen) {
      seen.count += 1;
      seen.lastMs = e.t;
    } else rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.lastMs - b.lastMs);
}

/** The text kubectl would print, or kubectl's "No resources found" line when there are none. */
export function renderEventLog(journal: readonly JournalEntry[], nowMs: number): string {
  const rows = aggregateEvents(journal);
  if (rows.length === 0) return 'No resources found';
  const table = [
    ['NAMESPACE', 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
    ...rows.map((r) => [r.namespace, lastSeen(r, nowMs), r.type, r.reason, r.object, r.message]),
  ];
  return tabulate(table);
}

function lastSeen(row: EventRow, nowMs: number): string {
  const last = humanDuration(nowMs - row.lastMs);
  return row.count > 1 ? `${last} (x${row.count} over ${humanDuration(nowMs - row.firstMs)})` : last;
}

/** Pads every column but the last to its widest cell plus 3 spaces, as kubectl's tabwriter does; no trailing blanks. */
export function tabulate(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, cell.length); });
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + 3))).join('').trimEnd())
    .join('\n');
}
