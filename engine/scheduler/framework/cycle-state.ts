// CycleState: per-scheduling-cycle scratch data that PreFilter/PreScore write and Filter/Score read.
// Models: pkg/scheduler/framework/cycle_state.go → CycleState (Read, Write, Clone).
// Leaves out: the lock (one cycle runs at a time here) and SkipFilterPlugins/SkipScorePlugins.

export class CycleState {
  /** Created on the first write: most cycles write nothing. */
  private data: Map<string, unknown> | undefined;

  read<T>(key: string): T | undefined {
    return this.data?.get(key) as T | undefined;
  }

  write(key: string, value: unknown): void {
    (this.data ??= new Map()).set(key, value);
  }

  /** Preemption dry-runs filters on a copy so it can change the state without leaking. */
  clone(): CycleState {
    const copy = new CycleState();
    if (this.data) copy.data = new Map(this.data);
    return copy;
  }
}
