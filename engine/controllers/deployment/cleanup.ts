// Which old ReplicaSets the revision-history limit deletes.
// Models pkg/controller/deployment/sync.go → cleanupDeployment and deployment_util.go →
// ReplicaSetsByRevision (revision, then creation time, then name). Only the oldest
// (count − limit) are considered, and of those only fully scaled-down, observed ones are deleted.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { compareByCreation, rsReplicas } from './replica-sets.ts';
import { revisionOf } from './revision.ts';

const MAX_INT32 = 2_147_483_647;

export function compareByRevision(a: ReplicaSet, b: ReplicaSet): number {
  const ra = revisionOf(a) ?? 0n, rb = revisionOf(b) ?? 0n;
  return ra !== rb ? (ra < rb ? -1 : 1) : compareByCreation(a, b);
}

export function replicaSetsToCleanUp(d: Deployment, oldRSs: readonly ReplicaSet[]): ReplicaSet[] {
  const limit = d.spec?.revisionHistoryLimit;
  if (limit === undefined || limit === MAX_INT32) return [];
  const cleanable = oldRSs.filter((rs) => rs.metadata?.deletionTimestamp === undefined);
  const diff = cleanable.length - limit;
  if (diff <= 0) return [];
  return cleanable.sort(compareByRevision).slice(0, diff).filter((rs) =>
    (rs.status?.replicas ?? 0) === 0 && rsReplicas(rs) === 0
    && (rs.metadata?.generation ?? 0) <= (rs.status?.observedGeneration ?? 0));
}
