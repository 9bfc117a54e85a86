// One step of a RollingUpdate: grow the new ReplicaSet if allowed, else shrink old ones.
// Models pkg/controller/deployment/rolling.go → rolloutRolling, reconcileNewReplicaSet,
// reconcileOldReplicaSets, cleanupUnhealthyReplicas, scaleDownOldReplicaSetsForRollingUpdate and
// deployment_util.go → NewRSNewReplicas. Pure: returns the scale actions; the controller applies
// them, updates status and lets the next watch event drive the next step.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { getScaledValueFromIntOrPercent } from '../replicaset/shims/intstr.ts';
import { isRollingUpdate, maxUnavailable, specReplicas } from './fenceposts.ts';
import { compareByCreation, rsReplicas, sumAvailableReplicas, sumSpecReplicas } from './replica-sets.ts';
import { scaleTo, withReplicas, type ScaleAction } from './scale-action.ts';

/**
 * Size for the new RS. RollingUpdate: maxTotal = replicas + maxSurge (raw, rounded up); if the RS
 * spec sum already reaches it keep the size, else add min(maxTotal − sum, replicas − new).
 * Example: 10 replicas, 25% surge, old 10, new 0 → maxTotal 13 → new RS 3. Recreate: replicas.
 */
export function newRSNewReplicas(d: Deployment, allRSs: readonly ReplicaSet[], newRS: ReplicaSet): number {
  if (!isRollingUpdate(d)) return specReplicas(d);
  const surge = getScaledValueFromIntOrPercent(d.spec?.strategy?.rollingUpdate?.maxSurge, specReplicas(d), true);
  const current = sumSpecReplicas(allRSs);
  const maxTotal = specReplicas(d) + surge;
  if (current >= maxTotal) return rsReplicas(newRS);
  return rsReplicas(newRS) + Math.min(maxTotal - current, specReplicas(d) - rsReplicas(newRS));
}

export function reconcileNewReplicaSet(d: Deployment, allRSs: readonly ReplicaSet[], newRS: ReplicaSet): ScaleAction | undefined {
  const replicas = specReplicas(d);
  if (rsReplicas(newRS) === replicas) return undefined;
  if (rsReplicas(newRS) > replicas) return scaleTo(newRS, replicas);
  return scaleTo(newRS, newRSNewReplicas(d, allRSs, newRS));
}

/** Scale down old RSes (oldest first) by their unavailable replicas, within `maxCleanupCount`. */
export function cleanupUnhealthyReplicas(oldRSs: readonly ReplicaSet[], maxCleanupCount: number): { actions: ScaleAction[]; oldRSs: ReplicaSet[]; scaledDown: number } {
  const sorted = [...oldRSs].sort(compareByCreation);
  const actions: ScaleAction[] = [];
  let scaledDown = 0;
  for (let i = 0; i < sorted.length; i++) {
    const rs = sorted[i];
    if (rs === undefined || scaledDown >= maxCleanupCount) break;
    const replicas = rsReplicas(rs);
    const available = rs.status?.availableReplicas ?? 0;
    if (replicas === 0 || replicas === available) continue;
    const count = Math.min(maxCleanupCount - scaledDown, replicas - available);
    if (count < 0) throw new Error(`when cleaning up unhealthy replicas, got invalid request to scale down ${rs.metadata?.namespace}/${rs.metadata?.name} ${replicas} -> ${replicas - count}`);
    const action = scaleTo(rs, replicas - count);
    if (action) actions.push(action);
    sorted[i] = withReplicas(rs, replicas - count);
    scaledDown += count;
  }
  return { actions, oldRSs: sorted, scaledDown };
}

/** Remove (available − minAvailable) replicas from old RSes, oldest first. */
export function scaleDownOldReplicaSetsForRollingUpdate(d: Deployment, allRSs: readonly ReplicaSet[], oldRSs: readonly ReplicaSet[]): ScaleAction[] {
  const minAvailable = specReplicas(d) - maxUnavailable(d);
  const available = sumAvailableReplicas(allRSs);
  if (available <= minAvailable) return [];
  const budget = available - minAvailable;
  const actions: ScaleAction[] = [];
  let scaledDown = 0;
  for (const rs of [...oldRSs].sort(compareByCreation)) {
    if (scaledDown >= budget) break;
    const replicas = rsReplicas(rs);
    if (replicas === 0) continue;
    const count = Math.min(replicas, budget - scaledDown);
    const action = scaleTo(rs, replicas - count);
    if (action) actions.push(action);
    scaledDown += count;
  }
  return actions;
}

/**
 * maxScaledDown = all RS spec replicas − minAvailable − new RS unavailable. Example: 10 replicas,
 * 25%/25%, old 10 (10 available), new 3 (0 available): 13 − 8 − 3 = 2 may go now.
 */
export function reconcileOldReplicaSets(d: Deployment, allRSs: readonly ReplicaSet[], oldRSs: readonly ReplicaSet[], newRS: ReplicaSet): ScaleAction[] {
  if (sumSpecReplicas(oldRSs) === 0) return [];
  const minAvailable = specReplicas(d) - maxUnavailable(d);
  const newRSUnavailable = rsReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = sumSpecReplicas(allRSs) - minAvailable - newRSUnavailable;
  if (maxScaledDown <= 0) return [];
  const cleanup = cleanupUnhealthyReplicas(oldRSs, maxScaledDown);
  const rest = scaleDownOldReplicaSetsForRollingUpdate(d, [...cleanup.oldRSs, newRS], cleanup.oldRSs);
  // Two actions may touch one RS (cleanup, then scale-down): two updates and two events, as in Go.
  return [...cleanup.actions, ...rest];
}

export type RollingStep =
  | { kind: 'scaled-up'; actions: ScaleAction[] }
  | { kind: 'scaled-down'; actions: ScaleAction[] }
  | { kind: 'idle' };

/** rolloutRolling's order: scale up and stop; else scale down and stop; else nothing to scale. */
export function planRollingStep(d: Deployment, newRS: ReplicaSet, oldRSs: readonly ReplicaSet[]): RollingStep {
  const allRSs = [...oldRSs, newRS];
  const up = reconcileNewReplicaSet(d, allRSs, newRS);
  if (up) return { kind: 'scaled-up', actions: [up] };
  const down = reconcileOldReplicaSets(d, allRSs, oldRSs, newRS);
  if (down.length > 0) return { kind: 'scaled-down', actions: down };
  return { kind: 'idle' };
}
