// One step of a Recreate rollout: every old pod gone before the new ReplicaSet gets any.
// Models pkg/controller/deployment/recreate.go → rolloutRecreate, scaleDownOldReplicaSetsForRecreate,
// oldPodsRunning, scaleUpNewReplicaSetForRecreate. Pure: the controller creates the new RS
// (when `create-new` is returned) and applies the actions; status/cleanup are done by the caller.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { specReplicas } from './fenceposts.ts';
import { filterActiveReplicaSets } from './replica-sets.ts';
import { scaleTo, type ScaleAction } from './scale-action.ts';

/**
 * Old pods still "running": any old RS with status.replicas > 0, or any pod of an old RS whose
 * phase is not Succeeded/Failed (Pending, Running and Unknown all count).
 */
export function oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[], podsByRSUid: ReadonlyMap<string, readonly Pod[]>): boolean {
  if (oldRSs.some((rs) => (rs.status?.replicas ?? 0) > 0)) return true;
  for (const [uid, pods] of podsByRSUid) {
    if (newRS !== undefined && uid === newRS.metadata?.uid) continue;
    if (pods.some((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')) return true;
  }
  return false;
}

export type RecreateStep =
  | { kind: 'scaled-down-old'; actions: ScaleAction[] }
  | { kind: 'waiting-for-old-pods' }
  | { kind: 'create-new' }
  | { kind: 'scaled-up-new'; actions: ScaleAction[] }
  | { kind: 'idle' };

export function planRecreateStep(d: Deployment, newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[], podsByRSUid: ReadonlyMap<string, readonly Pod[]>): RecreateStep {
  const down = filterActiveReplicaSets(oldRSs).flatMap((rs) => scaleTo(rs, 0) ?? []);
  if (down.length > 0) return { kind: 'scaled-down-old', actions: down };
  if (oldPodsRunning(newRS, oldRSs, podsByRSUid)) return { kind: 'waiting-for-old-pods' };
  if (newRS === undefined) return { kind: 'create-new' };
  const up = scaleTo(newRS, specReplicas(d));
  return up ? { kind: 'scaled-up-new', actions: [up] } : { kind: 'idle' };
}
