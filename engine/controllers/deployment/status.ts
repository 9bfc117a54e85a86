// The Deployment status computed from its ReplicaSets, with the Available condition.
// Models pkg/controller/deployment/sync.go → calculateStatus and deployment_util.go →
// DeploymentComplete, DeploymentProgressing, DeploymentTimedOut, HasProgressDeadline.
// Zero counts are absent, as the API server returns them: DeploymentStatus's int fields are
// `omitempty` (staging/src/k8s.io/api/apps/v1/types.go); collisionCount is a pointer, so a set 0 stays.
// Leaves out terminatingReplicas (alpha gate off in 1.33).
import type { Deployment, DeploymentStatus, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { parseTimestampMs } from '../replicaset/shims/timestamp.ts';
import { AVAILABLE, getDeploymentCondition, newDeploymentCondition, PROGRESSING, Reasons, setDeploymentCondition } from './conditions.ts';
import { maxUnavailable, specReplicas } from './fenceposts.ts';
import { sumAvailableReplicas, sumReadyReplicas, sumSpecReplicas, sumStatusReplicas } from './replica-sets.ts';

const MAX_INT32 = 2_147_483_647;

/** The `int32`/`int64` fields of DeploymentStatus tagged `json:",omitempty"`. */
const OMIT_WHEN_ZERO = ['observedGeneration', 'replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas'] as const;

export function calculateStatus(allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined, d: Deployment, nowMs: number): DeploymentStatus {
  const available = sumAvailableReplicas(allRSs);
  const status: DeploymentStatus = {
    observedGeneration: d.metadata?.generation ?? 0,
    replicas: sumStatusReplicas(allRSs),
    updatedReplicas: newRS ? sumStatusReplicas([newRS]) : 0,
    readyReplicas: sumReadyReplicas(allRSs),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, sumSpecReplicas(allRSs) - available),
  };
  for (const field of OMIT_WHEN_ZERO) if (status[field] === 0) delete status[field];
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  if (d.status?.conditions !== undefined) status.conditions = d.status.conditions.map((c) => ({ ...c }));
  const condition = available >= specReplicas(d) - maxUnavailable(d)
    ? newDeploymentCondition(AVAILABLE, 'True', Reasons.MinimumReplicasAvailable, 'Deployment has minimum availability.', nowMs)
    : newDeploymentCondition(AVAILABLE, 'False', Reasons.MinimumReplicasUnavailable, 'Deployment does not have minimum availability.', nowMs);
  setDeploymentCondition(status, condition);
  return status;
}

export function hasProgressDeadline(d: Deployment): boolean {
  const s = d.spec?.progressDeadlineSeconds;
  return s !== undefined && s !== MAX_INT32;
}

/** Every replica updated and available, no old ones left, and the status observed. */
export function deploymentComplete(d: Deployment, s: DeploymentStatus): boolean {
  const r = specReplicas(d);
  return (s.updatedReplicas ?? 0) === r && (s.replicas ?? 0) === r && (s.availableReplicas ?? 0) === r
    && (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
}

/** Progress vs. the stored status: updated grew, old shrank, ready grew or available grew. */
export function deploymentProgressing(d: Deployment, s: DeploymentStatus): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld
    || (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** Progressing's lastUpdateTime + deadline strictly before now (never once complete). */
export function deploymentTimedOut(d: Deployment, s: DeploymentStatus, nowMs: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const c = getDeploymentCondition(s, PROGRESSING);
  if (c === undefined || c.reason === Reasons.NewReplicaSetAvailable) return false;
  if (c.reason === Reasons.ProgressDeadlineExceeded) return true;
  const from = parseTimestampMs(c.lastUpdateTime) ?? 0;
  return from + (d.spec?.progressDeadlineSeconds ?? 0) * 1000 < nowMs;
}
