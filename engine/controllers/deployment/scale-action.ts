// A planned change of one ReplicaSet's spec.replicas, the unit every rollout strategy returns.
// Models the arguments of pkg/controller/deployment/sync.go → scaleReplicaSetAndRecordEvent:
// an action exists only when the size changes (no event for annotation-only updates).
import type { ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { rsReplicas } from './replica-sets.ts';

export interface ScaleAction {
  rs: ReplicaSet; from: number; to: number;
  /** Send even when the size is unchanged, to refresh desired-/max-replicas (sync.go → scale calls scaleReplicaSet for every RS). */
  refresh?: true;
}

export function scaleTo(rs: ReplicaSet, to: number): ScaleAction | undefined {
  const from = rsReplicas(rs);
  return from === to ? undefined : { rs, from, to };
}

/** A copy of `rs` with spec.replicas = `to` (what the caller's list holds after an update). */
export function withReplicas(rs: ReplicaSet, to: number): ReplicaSet {
  return { ...rs, spec: { ...(rs.spec ?? { selector: {} }), replicas: to } };
}
