// What a ReplicaSet sync derives from each pod (active, the claim decision, fully labeled,
// ready), remembered per ReplicaSet from one sync to the next. Every sync still walks all its
// pods, as upstream's syncReplicaSet does (claimPods + calculateStatus over the pod lister's
// list), but a pod whose stored object is the very one the last sync saw is not read again: stored
// objects are frozen, so the facts of one object never change, and at scale reading a thousand
// scattered pods per sync is what a sync costs (cache misses), not the arithmetic.
// The facts also depend on the owner (uid, selector, template labels, being deleted): a change
// of any of them forgets the memo. Availability with minReadySeconds depends on time: not kept.
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { ClaimDecision } from './controller-ref.ts';
import type { Labels } from './shims/label-selector.ts';

export const ACTIVE = 1;
export const FULLY_LABELED = 2;
export const READY = 4;
const DECISION_SHIFT = 3;
const DECISIONS: readonly ClaimDecision['kind'][] = ['owned', 'adopt', 'release', 'ignore'];

export function withDecision(bits: number, decision: ClaimDecision['kind']): number {
  return bits | (DECISIONS.indexOf(decision) << DECISION_SHIFT);
}

export function decisionOf(bits: number): ClaimDecision['kind'] {
  return DECISIONS[(bits >> DECISION_SHIFT) & 3]!;
}

/** What the facts were computed against; any difference makes them stale. */
export interface OwnerShape {
  uid: string;
  deleting: boolean;
  /** spec.selector as stored (a LabelSelector, or an RC's label map). */
  selector: unknown;
  templateLabels: Labels | undefined;
}

/** How far a lookup looks around its expected position (pods added or removed since). */
const BEHIND = 4;
const AHEAD = 12;

/**
 * One ReplicaSet's facts: the pods of its last sync in key order, with their facts. Two pairs of
 * arrays take turns (the last walk's and the current one's), so a sync allocates none.
 */
export class OwnerPodFacts {
  private prevPods: Pod[] = [];
  private prevBits: number[] = [];
  private prevCount = 0;
  private nextPods: Pod[] = [];
  private nextBits: number[] = [];
  private nextCount = 0;
  private at = 0;

  constructor(readonly shape: OwnerShape) {}

  /** Starts a sync's walk over its pods (in key order, like the last one). */
  begin(): void {
    this.at = 0;
    this.nextCount = 0;
  }

  /**
   * The facts remembered for exactly this object, or -1. The lists of two syncs are both in key
   * order, so the object is looked for near where the walk is in the last list.
   */
  lookup(pod: Pod): number {
    const prev = this.prevPods;
    const end = Math.min(this.prevCount, this.at + AHEAD);
    for (let k = Math.max(0, this.at - BEHIND); k < end; k++) {
      if (prev[k] === pod) {
        this.at = k + 1;
        return this.prevBits[k]!;
      }
    }
    this.at++; // most often the pod was replaced by a newer version at the same place
    return -1;
  }

  record(pod: Pod, bits: number): void {
    this.nextPods[this.nextCount] = pod;
    this.nextBits[this.nextCount++] = bits;
  }

  /** The walk is complete: its pods and facts are what the next sync compares against. */
  end(): void {
    // Slots past the count keep pods of an earlier walk: cut them, they must not be kept alive.
    this.nextPods.length = this.nextCount;
    this.nextBits.length = this.nextCount;
    const pods = this.prevPods, bits = this.prevBits;
    this.prevPods = this.nextPods;
    this.prevBits = this.nextBits;
    this.prevCount = this.nextCount;
    this.nextPods = pods;
    this.nextBits = bits;
  }
}

/** The facts of every ReplicaSet of one controller, by controller key. */
export class PodFactsMemo {
  private readonly byKey = new Map<string, OwnerPodFacts>();

  /** The owner's facts, fresh (empty) when the owner's shape changed since they were kept. */
  forOwner(key: string, shape: OwnerShape): OwnerPodFacts {
    const kept = this.byKey.get(key);
    if (kept !== undefined && sameShape(kept.shape, shape)) return kept;
    const fresh = new OwnerPodFacts(shape);
    this.byKey.set(key, fresh);
    return fresh;
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }
}

/** Stored owners share unchanged parts, so an unchanged selector or template is the same object. */
function sameShape(a: OwnerShape, b: OwnerShape): boolean {
  return a.uid === b.uid && a.deleting === b.deleting && a.selector === b.selector && a.templateLabels === b.templateLabels;
}
