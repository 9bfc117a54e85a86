// The virtual clock: every component schedules its work here instead of on real timers.
// Tasks run in (due time, sequence) order; time only moves when the cluster advances it.
// A task is 'work' (the cluster is busy while it is pending: watch deliveries, queue items,
// kubelet sync steps) or 'timer' (heartbeats, probes, resyncs, deadlines, back-off retries):
// `settle` waits for work, never for timers. Models sinon's fake timers, not Kubernetes.
import { TaskHeap } from './task-heap.ts';

export type TaskClass = 'work' | 'timer';

export interface TaskHandle {
  readonly id: number;
}

interface Task extends TaskHandle {
  dueMs: number;
  seq: number;
  owner: string;
  cls: TaskClass;
  run: () => void;
  cancelled: boolean;
  /** Ran (or was cancelled): cancelling it now is a no-op. */
  done: boolean;
}

export class ClockBudgetError extends Error {}

export class VirtualClock {
  private now = 0;
  private seq = 0;
  private readonly heap = new TaskHeap<Task>();
  private pendingWork = 0;
  /** Tasks run so far, per owner: the budget error names the busiest one. A counter object per
   * owner, so counting a run is one lookup, not a get and a set. */
  private readonly runsByOwner = new Map<string, { n: number }>();

  nowMs(): number {
    return this.now;
  }

  schedule(delayMs: number, owner: string, run: () => void, cls: TaskClass = 'work'): TaskHandle {
    const id = ++this.seq;
    const task: Task = { id, seq: id, dueMs: this.now + Math.max(0, delayMs), owner, cls, run, cancelled: false, done: false };
    this.heap.push(task);
    if (cls === 'work') this.pendingWork++;
    return task;
  }

  cancel(handle: TaskHandle | undefined): void {
    if (!handle) return;
    // A handle is the task itself (schedule returns it), so no id → task map is kept.
    const task = handle as Task;
    if (task.done) return;
    task.cancelled = true;
    task.done = true;
    if (task.cls === 'work') this.pendingWork--;
  }

  /** True while a 'work' task is pending. */
  hasPendingWork(): boolean {
    return this.pendingWork > 0;
  }

  /** Due time of the next live task, or undefined when nothing is scheduled. */
  nextDueMs(): number | undefined {
    this.dropCancelled();
    return this.heap.peek()?.dueMs;
  }

  /** Runs the next task if it is due at or before `untilMs`, moving time to its due time. */
  runNext(untilMs: number): boolean {
    this.dropCancelled();
    const task = this.heap.peek();
    if (!task || task.dueMs > untilMs) return false;
    this.heap.pop();
    task.done = true;
    if (task.cls === 'work') this.pendingWork--;
    if (task.dueMs > this.now) this.now = task.dueMs;
    const runs = this.runsByOwner.get(task.owner);
    if (runs === undefined) this.runsByOwner.set(task.owner, { n: 1 });
    else runs.n++;
    task.run();
    return true;
  }

  /** Runs every task due up to `targetMs` (including tasks those tasks schedule), then sets now. */
  advanceTo(targetMs: number, maxTasks = 5_000_000): void {
    let ran = 0;
    while (this.runNext(targetMs)) {
      if (++ran > maxTasks) throw new ClockBudgetError(`clock ran more than ${maxTasks} tasks before ${targetMs}ms; busiest: ${this.busiestOwner()}`);
    }
    if (targetMs > this.now) this.now = targetMs;
  }

  advance(durationMs: number): void {
    this.advanceTo(this.now + durationMs);
  }

  /** Runs everything due at the current instant. */
  runDue(): void {
    this.advanceTo(this.now);
  }

  busiestOwner(): string {
    let best = '';
    let most = -1;
    for (const [owner, { n }] of this.runsByOwner) if (n > most) [best, most] = [owner, n];
    return best;
  }

  private dropCancelled(): void {
    for (let top = this.heap.peek(); top && top.cancelled; top = this.heap.peek()) this.heap.pop();
  }
}
