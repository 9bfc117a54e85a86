// CycleState: per-scheduling-cycle scratch data that PreFilter/PreScore write and Filter/Score read.
// Models: pkg/scheduler/framework/cycle_state.go → CycleState (Read, Write, Clone).
// Leaves out: the lock (one cycle runs at a time here) and SkipFilterPlugins/SkipScorePlugins.

export class CycleState {
  private readonly data = new Map<string, unknown>();

  read<T>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }

  write(key: string, value: unknown): void {
    this.data.set(key, value);
  }

  /** Preemption dry-runs filters on a copy so it can change the state without leaking. */
  clone(): CycleState {
    const copy = new CycleState();
    for (const [k, v] of this.data) copy.data.set(k, v);
    return copy;
  }
}
