// "Expect N creations / these deletions before acting again", keyed by controller key.
// Models pkg/controller/controller_utils.go → ControllerExpectations / UIDTrackingControllerExpectations
// (SatisfiedExpectations, ExpectCreations, CreationObserved, ExpectDeletions, DeletionObserved) with
// ExpectationsTimeout = 5 minutes. Time is an input (virtual ms), never read here.
export const EXPECTATIONS_TIMEOUT_MS = 5 * 60 * 1000;

interface Expectation { add: number; del: number; setAtMs: number; deleteKeys: Set<string> }

export class ControllerExpectations {
  private readonly byKey = new Map<string, Expectation>();

  /** True when nothing is pending, the record is absent, or it expired. */
  satisfied(key: string, nowMs: number): boolean {
    const e = this.byKey.get(key);
    if (e === undefined) return true;
    if (e.add <= 0 && e.del <= 0) return true;
    return nowMs - e.setAtMs > EXPECTATIONS_TIMEOUT_MS;
  }

  expectCreations(key: string, count: number, nowMs: number): void {
    this.byKey.set(key, { add: count, del: 0, setAtMs: nowMs, deleteKeys: new Set() });
  }

  expectDeletions(key: string, podKeys: readonly string[], nowMs: number): void {
    this.byKey.set(key, { add: 0, del: podKeys.length, setAtMs: nowMs, deleteKeys: new Set(podKeys) });
  }

  creationObserved(key: string): void {
    const e = this.byKey.get(key);
    if (e !== undefined) e.add--;
  }

  /** Counts a deletion once per pod key, as UIDTrackingControllerExpectations does. */
  deletionObserved(key: string, podKey: string): void {
    const e = this.byKey.get(key);
    if (e === undefined || !e.deleteKeys.delete(podKey)) return;
    e.del--;
  }

  delete(key: string): void { this.byKey.delete(key); }

  pending(key: string): { add: number; del: number } | undefined {
    const e = this.byKey.get(key);
    return e === undefined ? undefined : { add: e.add, del: e.del };
  }
}
