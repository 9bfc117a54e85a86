// Deletions waiting for their time: pkg/controller/tainteviction/timed_workers.go →
// TimedWorkerQueue. A work item per pod (namespace/name) fires at fireAt; one due at once runs
// right after, on its own (upstream: a goroutine) and holds its key, without a timer, until it
// finished; AddWork keeps an existing item; CancelWork forgets the key and says whether a timer
// was stopped; a finished item is removed. Waiting items are timers, so a pod tolerating a taint
// for 300 s does not keep the cluster busy; one due now is work.
import type { TaskHandle, VirtualClock } from '../../clock/virtual-clock.ts';

export interface TimedWorker {
  createdAtMs: number;
  fireAtMs: number;
  handle: TaskHandle;
}

export class TimedWorkerQueue {
  /** null: running now, no timer (upstream's nil entry). */
  private readonly workers = new Map<string, TimedWorker | null>();

  constructor(private readonly clock: VirtualClock, private readonly owner: string, private readonly work: (key: string) => void) {}

  addWork(key: string, createdAtMs: number, fireAtMs: number): void {
    if (this.workers.has(key)) return; // "Trying to add already existing work, skipping"
    const delayMs = fireAtMs - createdAtMs;
    const handle = this.clock.schedule(Math.max(0, delayMs), this.owner, () => this.fire(key), delayMs <= 0 ? 'work' : 'timer');
    this.workers.set(key, delayMs <= 0 ? null : { createdAtMs, fireAtMs, handle });
  }

  /** True when a waiting item was cancelled (a running one is only forgotten). */
  cancelWork(key: string): boolean {
    if (!this.workers.has(key)) return false;
    const worker = this.workers.get(key);
    this.workers.delete(key);
    if (!worker) return false;
    this.clock.cancel(worker.handle);
    return true;
  }

  getWorker(key: string): TimedWorker | null | undefined {
    return this.workers.get(key);
  }

  private fire(key: string): void {
    this.work(key);
    this.workers.delete(key);
  }
}
