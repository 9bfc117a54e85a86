// Which path one syncDeployment takes, in Kubernetes' order.
// Models pkg/controller/deployment/deployment_controller.go → syncDeployment and sync.go →
// isScalingEvent: empty selector → SelectingAll warning; being deleted → status only; paused →
// sync (scaling only); legacy rollback annotation → rollback; scaling event → sync; else rollout.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { isEmptySelector } from '../replicaset/shims/label-selector.ts';
import { DESIRED_REPLICAS_ANNOTATION, filterActiveReplicaSets, intAnnotation } from './replica-sets.ts';
import { DEPRECATED_ROLLBACK_TO } from './revision.ts';

export type SyncPath = 'selecting-all' | 'status-only' | 'paused-sync' | 'rollback' | 'scale' | 'recreate' | 'rolling';

/** Any active RS whose desired-replicas annotation differs from spec.replicas. */
export function isScalingEvent(d: Deployment, newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): boolean {
  for (const rs of filterActiveReplicaSets([...oldRSs, newRS])) {
    const desired = intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
    if (desired !== undefined && desired !== (d.spec?.replicas ?? 1)) return true;
  }
  return false;
}

/** checkPausedConditions runs before every path after status-only; the caller does that. */
export function chooseSyncPath(d: Deployment, newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): SyncPath {
  if (isEmptySelector(d.spec?.selector)) return 'selecting-all';
  if (d.metadata?.deletionTimestamp !== undefined) return 'status-only';
  if (d.spec?.paused === true) return 'paused-sync';
  if (d.metadata?.annotations?.[DEPRECATED_ROLLBACK_TO] !== undefined) return 'rollback';
  if (isScalingEvent(d, newRS, oldRSs)) return 'scale';
  return d.spec?.strategy?.type === 'Recreate' ? 'recreate' : 'rolling';
}
