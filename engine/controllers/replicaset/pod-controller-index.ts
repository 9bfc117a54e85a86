// The pod index by controller UID that the workload controllers list their pods through
// (pkg/controller/controller_utils.go → AddPodControllerUIDIndexer, PodControllerUIDIndex,
// OrphanPodIndexKeyForNamespace, FilterPodsByOwner): a pod with a controllerRef is indexed under
// its controller's UID, an orphan under `_ORPHAN_POD/<namespace>`. A sync then looks at the pods
// it owns or could adopt instead of every pod of the namespace.
import type { Pod } from 'kubernetes-types/core/v1.js';

export const POD_CONTROLLER_UID_INDEX = 'podControllerUID';
const ORPHAN_POD_INDEX_KEY = '_ORPHAN_POD';

export function orphanPodIndexKeyForNamespace(namespace: string): string {
  return `${ORPHAN_POD_INDEX_KEY}/${namespace}`;
}

export function podControllerUIDIndex(pod: Pod): readonly string[] {
  const ref = pod.metadata?.ownerReferences?.find((r) => r.controller === true);
  return [ref !== undefined ? ref.uid : orphanPodIndexKeyForNamespace(pod.metadata?.namespace ?? '')];
}

const podKey = (p: Pod): string => `${p.metadata?.namespace ?? ''}/${p.metadata?.name ?? ''}`;

/**
 * The pods a controller may claim: those it controls and the orphans of its namespace, merged in
 * key order (the order a full namespace list would give them, so adoption order is unchanged).
 */
export function mergeByKey(owned: readonly Pod[], orphans: readonly Pod[]): readonly Pod[] {
  if (orphans.length === 0) return owned; // the usual case: nothing to merge, nothing to copy
  const out: Pod[] = [];
  let i = 0;
  let j = 0;
  while (i < owned.length && j < orphans.length) {
    out.push(podKey(owned[i]!) < podKey(orphans[j]!) ? owned[i++]! : orphans[j++]!);
  }
  while (i < owned.length) out.push(owned[i++]!);
  while (j < orphans.length) out.push(orphans[j++]!);
  return out;
}
