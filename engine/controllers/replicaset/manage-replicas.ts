// What one manageReplicas pass should do: create N, delete these pods, or nothing.
// Models pkg/controller/replicaset/replica_set.go → manageReplicas (diff capped at BurstReplicas,
// victims from getPodsToDelete). Pure: the controller executes the plan with slowStartBatch and
// records expectations. `relatedPods` gives the pods of every ReplicaSet of the same owner; it is
// only asked for when pods are to be deleted, as upstream calls getIndirectlyRelatedPods.
import type { Pod } from 'kubernetes-types/core/v1.js';
import { getPodsToDelete } from './pod-ranking.ts';
import { BURST_REPLICAS } from './slow-start.ts';

export type ReplicasPlan =
  | { kind: 'none' }
  | { kind: 'create'; count: number }
  | { kind: 'delete'; pods: Pod[] };

export function planManageReplicas(
  activePods: readonly Pod[], desiredReplicas: number, relatedPods: () => readonly Pod[], nowMs: number, burst = BURST_REPLICAS,
): ReplicasPlan {
  const diff = activePods.length - desiredReplicas;
  if (diff < 0) return { kind: 'create', count: Math.min(-diff, burst) };
  if (diff > 0) return { kind: 'delete', pods: getPodsToDelete(activePods, relatedPods(), Math.min(diff, burst), nowMs) };
  return { kind: 'none' };
}
