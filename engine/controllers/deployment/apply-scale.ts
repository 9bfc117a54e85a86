// Sending a planned scale to the API: spec.replicas plus the desired-/max-replicas annotations,
// and the ScalingReplicaSet event when the size changes.
// Models pkg/controller/deployment/sync.go → scaleReplicaSet and scaleReplicaSetAndRecordEvent.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { type DeploymentSyncDeps, recordEvent } from './deps.ts';
import { scalingEvent } from './events.ts';
import { maxSurge, specReplicas } from './fenceposts.ts';
import { rsReplicas } from './replica-sets.ts';
import { replicasAnnotationsNeedUpdate, setReplicasAnnotations } from './revision.ts';
import { clone } from '../../apimachinery/object.ts';

/** Updates the RS when its size or replica annotations are stale; returns the stored RS. */
export function scaleReplicaSet(deps: DeploymentSyncDeps, rs: ReplicaSet, newScale: number, d: Deployment): ReplicaSet {
  const from = rsReplicas(rs);
  const sizeNeedsUpdate = from !== newScale;
  const desired = specReplicas(d), max = desired + maxSurge(d);
  if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, desired, max)) return rs;
  const copy = clone(rs);
  copy.spec = { ...(copy.spec ?? { selector: {} }), replicas: newScale };
  setReplicasAnnotations(copy, desired, max);
  const updated = deps.client.update<ReplicaSet>('replicasets', copy);
  if (sizeNeedsUpdate) recordEvent(deps, d, scalingEvent(rs.metadata?.name ?? '', from, newScale));
  return updated;
}

/** No-op when the size already matches (annotations are left for the next real scale). */
export function scaleReplicaSetAndRecordEvent(deps: DeploymentSyncDeps, rs: ReplicaSet, newScale: number, d: Deployment): boolean {
  if (rsReplicas(rs) === newScale) return false;
  scaleReplicaSet(deps, rs, newScale, d);
  return true;
}
