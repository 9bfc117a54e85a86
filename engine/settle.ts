// "The cluster settles": advance virtual time until no 'work' task is pending (no watch
// delivery, queued reconcile, kubelet sync step or crash restart), within a budget of virtual
// time. Timers (heartbeats, probes, resyncs, deadlines) never hold the cluster busy. When the
// budget runs out the error names the budget and the object that changed most meanwhile.
import type { VirtualClock } from './clock/virtual-clock.ts';
import type { Journal } from './journal/journal.ts';
import { formatGoDurationMs } from './apimachinery/duration.ts';

export interface SettleOptions {
  /** Virtual-time budget; default 10 minutes. */
  budgetMs?: number;
}

export const DEFAULT_SETTLE_BUDGET_MS = 10 * 60_000;

export class SettleError extends Error {}

export function settle(clock: VirtualClock, journal: Journal, opts: SettleOptions = {}): void {
  const budgetMs = opts.budgetMs ?? DEFAULT_SETTLE_BUDGET_MS;
  const startMs = clock.nowMs();
  const firstEntry = journal.entries().length;
  const deadline = startMs + budgetMs;
  clock.runDue();
  while (clock.hasPendingWork()) {
    const next = clock.nextDueMs();
    if (next === undefined) break;
    if (next > deadline) {
      clock.advanceTo(deadline);
      throw new SettleError(`cluster did not settle within ${formatGoDurationMs(budgetMs)} of virtual time; still changing: ${busiest(journal, firstEntry)}`);
    }
    clock.advanceTo(next);
  }
}

/** The object written most often since `from`, with the last reason seen for it. */
function busiest(journal: Journal, from: number): string {
  const counts = new Map<string, { n: number; reason: string | undefined }>();
  const entries = journal.entries();
  for (let i = from; i < entries.length; i++) {
    const e = entries[i]!;
    if (!e.kind || e.verb === 'step' || e.verb === 'mark' || e.kind === 'Lease') continue;
    const key = `${e.kind.toLowerCase()}/${e.name ?? ''}`;
    const c = counts.get(key) ?? { n: 0, reason: undefined };
    c.n++;
    if (e.verb === 'event' && e.reason) c.reason = e.reason;
    counts.set(key, c);
  }
  let best = 'nothing observable (only internal work)';
  let most = 0;
  for (const [key, c] of counts) if (c.n > most) [best, most] = [c.reason ? `${key} (${c.reason})` : key, c.n];
  return best;
}
