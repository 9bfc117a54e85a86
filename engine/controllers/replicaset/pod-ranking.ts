// Which pods a ReplicaSet deletes first when it scales down.
// Models pkg/controller/controller_utils.go → ActivePodsWithRanks.Less (8 rules, LogarithmicScaleDown
// GA since 1.31, PodDeletionCost on) and pkg/controller/replicaset/replica_set.go → getPodsToDelete,
// getPodsRankedByRelatedPodsOnSameNode. Deterministic rule: Go's sort.Sort is unstable; we sort
// stably, so pods the comparator calls equal keep their input order (the caller lists by name).
import type { Pod } from 'kubernetes-types/core/v1.js';
import { isPodActive, isPodReady, podReadyTimeMs } from './pod-util.ts';
import { parseTimestampMs } from './shims/timestamp.ts';

export const POD_DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';
const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

export interface RankedPod { pod: Pod; rank: number }

function deletionCost(pod: Pod): number {
  const v = pod.metadata?.annotations?.[POD_DELETION_COST_ANNOTATION];
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return 0; // invalid values count as 0, as GetDeletionCostFromPodAnnotations errors are ignored
  return Number(v);
}

/** floor(log2(now − t in nanoseconds)), −1 for t at or after now. */
function logBucket(tMs: number, nowMs: number): number {
  const ns = (nowMs - tMs) * 1_000_000;
  return ns > 0 ? Math.floor(Math.log2(ns)) : -1;
}

/** afterOrZero: a zero time sorts first, otherwise the later time first. */
function afterOrZero(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === undefined;
  return a > b;
}

/** Newer first in logarithmic buckets; same bucket → lower UID first (as Kubernetes). */
function compareTimes(a: RankedPod, b: RankedPod, ta: number | undefined, tb: number | undefined, nowMs: number): boolean {
  if (ta === undefined || tb === undefined) return afterOrZero(ta, tb);
  const diff = logBucket(ta, nowMs) - logBucket(tb, nowMs);
  if (diff === 0) return (a.pod.metadata?.uid ?? '') < (b.pod.metadata?.uid ?? '');
  return diff < 0;
}

function maxRestarts(pod: Pod): { regular: number; sidecar: number } {
  const regular = Math.max(0, ...(pod.status?.containerStatuses ?? []).map((s) => s.restartCount));
  const sidecars = new Set((pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name));
  const sidecar = Math.max(0, ...(pod.status?.initContainerStatuses ?? []).filter((s) => sidecars.has(s.name)).map((s) => s.restartCount));
  return { regular, sidecar };
}

/** ActivePodsWithRanks.Less: true when `a` should be deleted before `b`. */
export function deleteBefore(a: RankedPod, b: RankedPod, nowMs: number): boolean {
  const na = a.pod.spec?.nodeName ?? '';
  const nb = b.pod.spec?.nodeName ?? '';
  if (na !== nb && (na === '' || nb === '')) return na === ''; // 1. unscheduled first
  const pa = PHASE_ORDINAL[a.pod.status?.phase ?? ''] ?? 0;
  const pb = PHASE_ORDINAL[b.pod.status?.phase ?? ''] ?? 0;
  if (pa !== pb) return pa < pb; // 2. Pending < Unknown < Running
  const ra = isPodReady(a.pod);
  const rb = isPodReady(b.pod);
  if (ra !== rb) return !ra; // 3. not ready first
  const ca = deletionCost(a.pod);
  const cb = deletionCost(b.pod);
  if (ca !== cb) return ca < cb; // 4. lower pod-deletion-cost first
  if (a.rank !== b.rank) return a.rank > b.rank; // 5. more co-located siblings first
  if (ra && rb) { // 6. ready more recently first (log buckets)
    const ta = podReadyTimeMs(a.pod);
    const tb = podReadyTimeMs(b.pod);
    if (ta !== tb) return compareTimes(a, b, ta, tb, nowMs);
  }
  const xa = maxRestarts(a.pod);
  const xb = maxRestarts(b.pod);
  if (xa.regular !== xb.regular) return xa.regular > xb.regular; // 7. more restarts first
  if (xa.sidecar !== xb.sidecar) return xa.sidecar > xb.sidecar;
  const ka = parseTimestampMs(a.pod.metadata?.creationTimestamp);
  const kb = parseTimestampMs(b.pod.metadata?.creationTimestamp);
  if (ka !== kb) return compareTimes(a, b, ka, kb, nowMs); // 8. newer first (log buckets)
  return false;
}

/** Rank = active related pods (all ReplicaSets of the same owner) on the pod's node. */
export function rankPodsByRelatedPodsOnSameNode(pods: readonly Pod[], relatedPods: readonly Pod[]): RankedPod[] {
  const onNode = new Map<string, number>();
  for (const p of relatedPods) {
    if (!isPodActive(p)) continue;
    const node = p.spec?.nodeName ?? '';
    onNode.set(node, (onNode.get(node) ?? 0) + 1);
  }
  return pods.map((pod) => ({ pod, rank: onNode.get(pod.spec?.nodeName ?? '') ?? 0 }));
}

/** The `diff` pods to delete; no sorting when every pod goes (as getPodsToDelete). */
export function getPodsToDelete(pods: readonly Pod[], relatedPods: readonly Pod[], diff: number, nowMs: number): Pod[] {
  if (diff >= pods.length) return pods.slice(0, diff);
  const ranked = rankPodsByRelatedPodsOnSameNode(pods, relatedPods);
  const order = (x: RankedPod, y: RankedPod): number =>
    deleteBefore(x, y, nowMs) ? -1 : deleteBefore(y, x, nowMs) ? 1 : 0;
  return ranked.slice().sort(order).slice(0, diff).map((r) => r.pod);
}
