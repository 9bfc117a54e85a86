// ReplicaSet status from the claimed active pods, and the ReplicaFailure condition.
// Models pkg/controller/replicaset/replica_set_utils.go → calculateStatus, NewReplicaSetCondition,
// SetCondition, RemoveCondition, and replica_set.go → syncReplicaSet's minReadySeconds requeue.
// Zero counts other than replicas are absent, as the API server returns them (ReplicaSetStatus and
// ReplicationControllerStatus: `replicas` has no omitempty, the others do; apps/v1 and core/v1 types.go).
// Leaves out terminatingReplicas (alpha gate DeploymentReplicaSetTerminatingReplicas, off in 1.33).
import type { ReplicaSet, ReplicaSetCondition, ReplicaSetStatus } from 'kubernetes-types/apps/v1.js';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { isPodAvailable, isPodReady } from './pod-util.ts';
import { labelsContain } from './shims/label-selector.ts';
import { formatTimestampMs } from './shims/timestamp.ts';

export const REPLICA_FAILURE = 'ReplicaFailure';

/** The int fields of ReplicaSetStatus tagged `json:",omitempty"` (`replicas` is not). */
const OMIT_WHEN_ZERO = ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas', 'observedGeneration'] as const;

/** The shape shared by ReplicaSet and ReplicationController for status computation. */
export interface ReplicatedObject {
  metadata?: { generation?: number };
  spec?: { replicas?: number; minReadySeconds?: number; template?: { metadata?: { labels?: Record<string, string> } } };
  status?: ReplicaSetStatus;
}

/** calculateStatus's counts over the active pods (the sync may count them as it claims them). */
export interface PodTally { fullyLabeled: number; ready: number; available: number }

export function tallyPods(rs: ReplicatedObject, activePods: readonly Pod[], nowMs: number): PodTally {
  const templateLabels = rs.spec?.template?.metadata?.labels;
  const minReadySeconds = rs.spec?.minReadySeconds ?? 0;
  let fullyLabeled = 0, ready = 0, available = 0;
  for (const pod of activePods) {
    if (labelsContain(pod.metadata?.labels, templateLabels)) fullyLabeled++;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReadySeconds, nowMs)) available++;
    }
  }
  return { fullyLabeled, ready, available };
}

export function calculateReplicaSetStatus(
  rs: ReplicatedObject, activePods: readonly Pod[], manageReplicasError: Error | undefined, nowMs: number,
  tally: PodTally = tallyPods(rs, activePods, nowMs),
): ReplicaSetStatus {
  const status: ReplicaSetStatus = { ...(rs.status ?? { replicas: 0 }) };
  const { fullyLabeled, ready, available } = tally;
  const failure = status.conditions?.find((c) => c.type === REPLICA_FAILURE);
  if (manageReplicasError !== undefined && failure === undefined) {
    const diff = activePods.length - (rs.spec?.replicas ?? 1);
    const reason = diff < 0 ? 'FailedCreate' : diff > 0 ? 'FailedDelete' : '';
    status.conditions = [...(status.conditions ?? []), {
      type: REPLICA_FAILURE, status: 'True', reason, message: manageReplicasError.message,
      lastTransitionTime: formatTimestampMs(nowMs),
    } satisfies ReplicaSetCondition];
  } else if (manageReplicasError === undefined && failure !== undefined) {
    const rest = (status.conditions ?? []).filter((c) => c.type !== REPLICA_FAILURE);
    if (rest.length > 0) status.conditions = rest; else delete status.conditions;
  }
  status.replicas = activePods.length;
  status.fullyLabeledReplicas = fullyLabeled;
  status.readyReplicas = ready;
  status.availableReplicas = available;
  status.observedGeneration = rs.metadata?.generation ?? 0;
  for (const field of OMIT_WHEN_ZERO) if (status[field] === 0) delete status[field];
  return status;
}

/**
 * Requeue delay when every pod is ready but some are not yet available (minReadySeconds > 0):
 * syncReplicaSet re-adds the key after minReadySeconds. Undefined when no requeue is needed.
 */
export function minReadyRequeueMs(rs: ReplicaSet, status: ReplicaSetStatus, hadError: boolean): number | undefined {
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const replicas = rs.spec?.replicas ?? 1;
  if (hadError || minReady <= 0) return undefined;
  if ((status.readyReplicas ?? 0) === replicas && (status.availableReplicas ?? 0) !== replicas) return minReady * 1000;
  return undefined;
}
