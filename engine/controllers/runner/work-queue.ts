// A rate-limited, de-duplicating work queue with its worker, as client-go's workqueue plus the
// sample-controller processNextWorkItem loop: a key queued twice before it is processed is
// processed once; `reconcile(key)` runs from a 'work' task on the virtual clock; a throw
// requeues with per-item exponential back-off (5 ms doubling to 1000 s,
// workqueue.DefaultItemBasedRateLimiter), up to `maxRetries` (15, as most controllers).
import type { TaskHandle, TaskClass } from '../../clock/virtual-clock.ts';
import type { ControllerContext } from './controller.ts';

export type Reconcile = (key: string) => void;

const BASE_DELAY_MS = 5;
const MAX_DELAY_MS = 1_000_000;

export class WorkQueue {
  private readonly queued = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly delayed = new Map<string, TaskHandle>();
  private drain: TaskHandle | undefined;

  constructor(private readonly ctx: Pick<ControllerContext, 'clock' | 'journal' | 'name'>, private readonly reconcile: Reconcile,
    private readonly maxRetries = 15) {}

  add(key: string): void {
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.drain ??= this.ctx.clock.schedule(0, this.ctx.name, () => this.process(), 'work');
  }

  /** Queue `key` after a delay; 'timer' delays (resyncs, deadlines) do not keep the cluster busy. */
  addAfter(key: string, delayMs: number, cls: TaskClass = 'timer'): void {
    if (delayMs <= 0) return this.add(key);
    this.ctx.clock.cancel(this.delayed.get(key));
    this.delayed.set(key, this.ctx.clock.schedule(delayMs, this.ctx.name, () => {
      this.delayed.delete(key);
      this.add(key);
    }, cls));
  }

  addRateLimited(key: string): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    // Short retries (conflicts, stale caches) keep the cluster busy; long back-offs are waiting,
    // not change, so they do not hold `settle` (a failing sync retried every few minutes rests).
    const delayMs = Math.min(BASE_DELAY_MS * 2 ** n, MAX_DELAY_MS);
    this.addAfter(key, delayMs, delayMs < 1000 ? 'work' : 'timer');
  }

  forget(key: string): void {
    this.failures.delete(key);
  }

  numRequeues(key: string): number {
    return this.failures.get(key) ?? 0;
  }

  private process(): void {
    this.drain = undefined;
    const keys = [...this.queued];
    this.queued.clear();
    for (const key of keys) {
      try {
        this.reconcile(key);
        this.forget(key);
      } catch (e) {
        if (this.numRequeues(key) < this.maxRetries) this.addRateLimited(key);
        else {
          this.forget(key);
          this.ctx.journal.record({ component: this.ctx.name, verb: 'request', name: key, reason: 'DroppedFromQueue', message: (e as Error).message });
        }
      }
    }
  }
}
