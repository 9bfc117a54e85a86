// The status sync that ends every rollout step: Progressing (complete / progressing / timed out),
// ReplicaFailure copied from the ReplicaSets, and when to look again for a stuck rollout.
// Models pkg/controller/deployment/progress.go → syncRolloutStatus, getReplicaFailures,
// requeueStuckDeployment. Pure: returns the new status and the requeue; the caller writes it.
import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { parseTimestampMs } from '../replicaset/shims/timestamp.ts';
import { getDeploymentCondition, newDeploymentCondition, PROGRESSING, Reasons, removeDeploymentCondition, REPLICA_FAILURE, setDeploymentCondition } from './conditions.ts';
import { calculateStatus, deploymentComplete, deploymentProgressing, deploymentTimedOut, hasProgressDeadline } from './status.ts';
import { jsonEqual } from '../replicaset/shims/json-equal.ts';
import { clone } from '../../apimachinery/object.ts';

export type Requeue = { kind: 'after'; delayMs: number } | { kind: 'rate-limited' } | { kind: 'none' };

export interface RolloutStatusResult { status: DeploymentStatus; changed: boolean; requeue: Requeue }

function subject(d: Deployment, newRS: ReplicaSet | undefined): string {
  return newRS ? `ReplicaSet "${newRS.metadata?.name ?? ''}"` : `Deployment "${d.metadata?.name ?? ''}"`;
}

function progressingCondition(d: Deployment, newRS: ReplicaSet | undefined, s: DeploymentStatus, nowMs: number): DeploymentCondition | 'keep' {
  if (deploymentComplete(d, s)) {
    return newDeploymentCondition(PROGRESSING, 'True', Reasons.NewReplicaSetAvailable, `${subject(d, newRS)} has successfully progressed.`, nowMs);
  }
  if (deploymentProgressing(d, s)) {
    const c = newDeploymentCondition(PROGRESSING, 'True', Reasons.ReplicaSetUpdated, `${subject(d, newRS)} is progressing.`, nowMs);
    const current = getDeploymentCondition(d.status, PROGRESSING);
    if (current?.status === 'True' && current.lastTransitionTime !== undefined) c.lastTransitionTime = current.lastTransitionTime;
    removeDeploymentCondition(s, PROGRESSING); // same reason must still bump lastUpdateTime
    return c;
  }
  if (deploymentTimedOut(d, s, nowMs)) {
    return newDeploymentCondition(PROGRESSING, 'False', Reasons.ProgressDeadlineExceeded, `${subject(d, newRS)} has timed out progressing.`, nowMs);
  }
  return 'keep';
}

/** The ReplicaFailure of the new RS, else of any RS, as a Deployment condition. */
export function replicaFailure(allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined): DeploymentCondition | undefined {
  const from = (rs: ReplicaSet | undefined) => rs?.status?.conditions?.find((c) => c.type === REPLICA_FAILURE);
  const c = from(newRS) ?? allRSs.map(from).find((x) => x !== undefined);
  if (c === undefined) return undefined;
  const out: DeploymentCondition = { type: c.type, status: c.status };
  if (c.lastTransitionTime !== undefined) { out.lastTransitionTime = c.lastTransitionTime; out.lastUpdateTime = c.lastTransitionTime; }
  if (c.reason !== undefined) out.reason = c.reason;
  if (c.message !== undefined) out.message = c.message;
  return out;
}

/** lastUpdateTime + deadline − now: < 1 s → rate-limited requeue, else after that + 1 s. */
export function requeueStuckDeployment(d: Deployment, s: DeploymentStatus, nowMs: number): Requeue {
  const current = getDeploymentCondition(d.status, PROGRESSING);
  if (!hasProgressDeadline(d) || current === undefined) return { kind: 'none' };
  if (deploymentComplete(d, s) || current.reason === Reasons.ProgressDeadlineExceeded) return { kind: 'none' };
  const after = (parseTimestampMs(current.lastUpdateTime) ?? 0) + (d.spec?.progressDeadlineSeconds ?? 0) * 1000 - nowMs;
  if (after < 1000) return { kind: 'rate-limited' };
  return { kind: 'after', delayMs: after + 1000 };
}

export function syncRolloutStatus(allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined, d: Deployment, nowMs: number): RolloutStatusResult {
  const s = calculateStatus(allRSs, newRS, d, nowMs);
  if (!hasProgressDeadline(d)) removeDeploymentCondition(s, PROGRESSING);
  const current = getDeploymentCondition(d.status, PROGRESSING);
  const isComplete = s.replicas === s.updatedReplicas && current?.reason === Reasons.NewReplicaSetAvailable;
  if (hasProgressDeadline(d) && !isComplete) {
    const c = progressingCondition(d, newRS, s, nowMs);
    if (c !== 'keep') setDeploymentCondition(s, c);
  }
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setDeploymentCondition(s, failure);
  else removeDeploymentCondition(s, REPLICA_FAILURE);
  if (jsonEqual(d.status ?? {}, s)) return { status: s, changed: false, requeue: requeueStuckDeployment(d, s, nowMs) };
  return { status: s, changed: true, requeue: { kind: 'none' } };
}

/** checkPausedConditions: Unknown DeploymentPaused / DeploymentResumed; never over a timeout. */
export function checkPausedConditions(d: Deployment, nowMs: number): DeploymentStatus | undefined {
  if (!hasProgressDeadline(d)) return undefined;
  const c = getDeploymentCondition(d.status, PROGRESSING);
  if (c?.reason === Reasons.ProgressDeadlineExceeded) return undefined;
  const pausedExists = c?.reason === Reasons.DeploymentPaused;
  const paused = d.spec?.paused === true;
  if (paused === pausedExists) return undefined;
  const status: DeploymentStatus = clone(d.status ?? {});
  setDeploymentCondition(status, paused
    ? newDeploymentCondition(PROGRESSING, 'Unknown', Reasons.DeploymentPaused, 'Deployment is paused', nowMs)
    : newDeploymentCondition(PROGRESSING, 'Unknown', Reasons.DeploymentResumed, 'Deployment is resumed', nowMs));
  return status;
}
