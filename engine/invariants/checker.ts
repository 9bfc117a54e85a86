// Checks the invariant library as the cluster changes: 'always' invariants after every single
// store write that touches one of their resources, 'settled' ones whenever the cluster settles.
// Violations are kept with their virtual time and revision; the scenario fails on them at its
// end unless a step expected them. Scenarios may skip an invariant (with a reason).
import type { ObjectStore, StoreEvent } from '../store/object-store.ts';
import { formatTimestamp } from '../clock/timestamp.ts';
import { liveState } from './cluster-state.ts';
import type { Invariant, Violation } from './invariant.ts';

export interface RecordedViolation extends Violation {
  t: number;
  time: string;
  revision: number;
}

export class InvariantChecker {
  readonly violations: RecordedViolation[] = [];
  readonly checked = new Set<string>();
  /** Invariants this cluster does not check, with the reason given. */
  readonly skipped = new Map<string, string>();
  private enabled = true;
  private settledAt: number | undefined;
  /** resource → the active 'always' invariants its writes can break (rebuilt when one is skipped). */
  private alwaysByResource: Map<string, Invariant[]> | undefined;

  constructor(private readonly store: ObjectStore, private readonly nowMs: () => number, readonly invariants: readonly Invariant[]) {
    store.observe((ev) => this.afterWrite(ev));
  }

  skip(name: string, reason = 'not selected'): void {
    this.skipped.set(name, reason);
    this.alwaysByResource = undefined;
  }

  /** Turns every check off (benchmarks and bulk setup). */
  disable(): void {
    this.enabled = false;
  }

  /** Runs the 'settled' invariants now (the cluster calls this when it has settled); once per store revision. */
  checkSettled(): void {
    if (!this.enabled || this.settledAt === this.store.currentRevision()) return;
    this.settledAt = this.store.currentRevision();
    const state = liveState(this.store, this.nowMs());
    for (const inv of this.active('settled')) this.record(inv, inv.check(state), state.revision);
  }

  /** Runs one invariant now, whatever its mode; returns its violations without recording them. */
  checkNow(inv: Invariant): Violation[] {
    this.checked.add(inv.name);
    return inv.check(liveState(this.store, this.nowMs()));
  }

  private afterWrite(ev: StoreEvent): void {
    if (!this.enabled) return;
    let state;
    for (const inv of this.alwaysFor(ev.resource)) {
      state ??= liveState(this.store, this.nowMs());
      this.record(inv, inv.check(state, ev), ev.revision);
    }
  }

  private alwaysFor(resource: string): readonly Invariant[] {
    this.alwaysByResource ??= new Map();
    let list = this.alwaysByResource.get(resource);
    if (list === undefined) {
      list = this.active('always').filter((inv) => inv.resources.includes('*') || inv.resources.includes(resource));
      this.alwaysByResource.set(resource, list);
    }
    return list;
  }

  private active(mode: Invariant['mode']): Invariant[] {
    return this.invariants.filter((i) => i.mode === mode && !this.skipped.has(i.name));
  }

  private record(inv: Invariant, found: Violation[], revision: number): void {
    this.checked.add(inv.name);
    const t = this.nowMs();
    for (const v of found) this.violations.push({ ...v, t, time: formatTimestamp(t), revision });
  }
}
