// Pod predicates the workload controllers share: active, ready, available, ready time.
// Models pkg/controller/controller_utils.go → IsPodActive and pkg/api/v1/pod/util.go →
// IsPodReady, IsPodAvailable, GetPodReadyCondition. Times are virtual ms (see shims/timestamp.ts).
// A stored pod never changes (it is frozen), so its facts are worked out once per version and
// kept beside it: every sync of a ReplicaSet asks them again for each of its pods.
import type { Pod } from 'kubernetes-types/core/v1.js';
import { parseTimestampMs } from './shims/timestamp.ts';

interface PodFacts {
  active: boolean;
  ready: boolean;
  /** lastTransitionTime of the Ready condition (virtual ms), when there is one. */
  readySinceMs: number | undefined;
}

const factsOfStored = new WeakMap<object, PodFacts>();

function computeFacts(pod: Pod): PodFacts {
  const phase = pod.status?.phase;
  const ready = podReadyCondition(pod);
  return {
    active: phase !== 'Succeeded' && phase !== 'Failed' && pod.metadata?.deletionTimestamp === undefined,
    ready: ready?.status === 'True',
    readySinceMs: parseTimestampMs(ready?.lastTransitionTime),
  };
}

function factsOf(pod: Pod): PodFacts {
  if (!Object.isFrozen(pod)) return computeFacts(pod);
  let facts = factsOfStored.get(pod);
  if (facts === undefined) factsOfStored.set(pod, (facts = computeFacts(pod)));
  return facts;
}

/** Phase not Succeeded/Failed and no deletionTimestamp. */
export function isPodActive(pod: Pod): boolean {
  return factsOf(pod).active;
}

export function podReadyCondition(pod: Pod): { status: string; lastTransitionTime?: string } | undefined {
  return pod.status?.conditions?.find((c) => c.type === 'Ready');
}

export function isPodReady(pod: Pod): boolean {
  return factsOf(pod).ready;
}

/** When the pod became Ready (virtual ms), undefined when not ready or unknown (Go's zero time). */
export function podReadyTimeMs(pod: Pod): number | undefined {
  const facts = factsOf(pod);
  return facts.ready ? facts.readySinceMs : undefined;
}

/**
 * Ready for at least minReadySeconds: with 0 as soon as Ready, otherwise the Ready condition's
 * lastTransitionTime + minReadySeconds must be strictly before now (IsPodAvailable uses Before).
 */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  const facts = factsOf(pod);
  if (!facts.ready) return false;
  if (minReadySeconds === 0) return true;
  return facts.readySinceMs !== undefined && facts.readySinceMs + minReadySeconds * 1000 < nowMs;
}
