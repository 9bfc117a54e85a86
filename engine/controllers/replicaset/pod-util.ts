// Pod predicates the workload controllers share: active, ready, available, ready time.
// Models pkg/controller/controller_utils.go → IsPodActive and pkg/api/v1/pod/util.go →
// IsPodReady, IsPodAvailable, GetPodReadyCondition. Times are virtual ms (see shims/timestamp.ts).
import type { Pod } from 'kubernetes-types/core/v1.js';
import { parseTimestampMs } from './shims/timestamp.ts';

/** Phase not Succeeded/Failed and no deletionTimestamp. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && pod.metadata?.deletionTimestamp === undefined;
}

export function podReadyCondition(pod: Pod): { status: string; lastTransitionTime?: string } | undefined {
  for (const c of pod.status?.conditions ?? []) if (c.type === 'Ready') return c;
  return undefined;
}

export function isPodReady(pod: Pod): boolean {
  return podReadyCondition(pod)?.status === 'True';
}

/** When the pod became Ready (virtual ms), undefined when not ready or unknown (Go's zero time). */
export function podReadyTimeMs(pod: Pod): number | undefined {
  if (!isPodReady(pod)) return undefined;
  return parseTimestampMs(podReadyCondition(pod)?.lastTransitionTime);
}

/**
 * Ready for at least minReadySeconds: with 0 as soon as Ready, otherwise the Ready condition's
 * lastTransitionTime + minReadySeconds must be strictly before now (IsPodAvailable uses Before).
 */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  const ready = podReadyCondition(pod);
  if (ready?.status !== 'True') return false;
  if (minReadySeconds === 0) return true;
  const since = parseTimestampMs(ready.lastTransitionTime);
  return since !== undefined && since + minReadySeconds * 1000 < nowMs;
}
