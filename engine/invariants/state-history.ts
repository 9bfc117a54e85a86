// The store's past, queryable: which virtual instant each revision was written at, and a replay
// that visits the cluster state after every single revision in a window. "At every moment"
// means after every write, so two changes at the same virtual instant are two moments: a dip
// that lasted zero virtual seconds still counts.
import type { ObjectStore } from '../store/object-store.ts';
import { ReplayedState, type ClusterState } from './cluster-state.ts';

export class StateHistory {
  private readonly revisions: number[] = [];
  private readonly times: number[] = [];

  constructor(private readonly store: ObjectStore, nowMs: () => number) {
    store.observe((ev) => {
      this.revisions.push(ev.revision);
      this.times.push(nowMs());
    });
  }

  /** Virtual time at which `revision` was written (0 before any write). */
  timeOf(revision: number): number {
    let lo = 0;
    let hi = this.revisions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.revisions[mid]! <= revision) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.times[lo - 1]!;
  }

  /** The last revision written at or before virtual time `ms` (0 if none). */
  revisionAt(ms: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid]! <= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.revisions[lo - 1]!;
  }

  /**
   * Visits the state as it was at `fromRevision` and then after every later revision up to now.
   * Stops early when `visit` returns false.
   */
  replay(fromRevision: number, visit: (state: ClusterState) => boolean | void): void {
    const state = new ReplayedState();
    for (const ev of this.store.eventsBetween(0, fromRevision)) state.apply(ev, this.timeOf(ev.revision));
    state.revision = fromRevision;
    state.nowMs = this.timeOf(fromRevision);
    if (visit(state) === false) return;
    for (const ev of this.store.eventsBetween(fromRevision)) {
      state.apply(ev, this.timeOf(ev.revision));
      if (visit(state) === false) return;
    }
  }
}
