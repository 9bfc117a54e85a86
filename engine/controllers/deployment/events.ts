// Deployment event reasons and messages, kubectl-visible, 1.32+ wording.
// Models pkg/controller/deployment/sync.go → getNewReplicaSet (`Scaled up replica set %s from 0 to %d`),
// scaleReplicaSet (`Scaled %s replica set %s from %d to %d`), deployment_controller.go → syncDeployment
// (SelectingAll) and the ReplicaSetCreateError / legacy rollback events.
export type DeploymentEvent = { type: 'Normal' | 'Warning'; reason: string; message: string };

export const SCALING_REPLICA_SET = 'ScalingReplicaSet';

export function scalingEvent(rsName: string, from: number, to: number): DeploymentEvent {
  const direction = to > from ? 'up' : 'down';
  return { type: 'Normal', reason: SCALING_REPLICA_SET, message: `Scaled ${direction} replica set ${rsName} from ${from} to ${to}` };
}

export function newReplicaSetEvent(rsName: string, replicas: number): DeploymentEvent {
  return { type: 'Normal', reason: SCALING_REPLICA_SET, message: `Scaled up replica set ${rsName} from 0 to ${replicas}` };
}

export const selectingAllEvent: DeploymentEvent = {
  type: 'Warning', reason: 'SelectingAll', message: 'This deployment is selecting all pods. A non-empty selector is required.',
};

export function replicaSetCreateErrorEvent(rsName: string, errorText: string): DeploymentEvent {
  return { type: 'Warning', reason: 'ReplicaSetCreateError', message: `Failed to create new replica set "${rsName}": ${errorText}` };
}

export const rollbackEvents = {
  done: (name: string, revision: bigint): DeploymentEvent => ({ type: 'Normal', reason: 'DeploymentRollback', message: `Rolled back deployment "${name}" to revision ${revision}` }),
  lastNotFound: { type: 'Warning', reason: 'DeploymentRollbackRevisionNotFound', message: 'Unable to find last revision.' } as DeploymentEvent,
  notFound: { type: 'Warning', reason: 'DeploymentRollbackRevisionNotFound', message: 'Unable to find the revision to rollback to.' } as DeploymentEvent,
  unchanged: (name: string): DeploymentEvent => ({ type: 'Warning', reason: 'DeploymentRollbackTemplateUnchanged', message: `The rollback revision contains the same template as current deployment "${name}"` }),
};
