// Small queries over a ClusterState that conditions and invariants share: pods of a workload
// through controller ownerReferences, and pod readiness/availability as
// pkg/api/v1/pod/util.go (IsPodReady, IsPodAvailable) and controller_utils.go (IsPodActive).
import type { Pod } from 'kubernetes-types/core/v1';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Stored } from '../apimachinery/object.ts';
import { parseTimestamp } from '../clock/timestamp.ts';
import type { ClusterState } from './cluster-state.ts';

export type PodObj = Stored<Pod>;

const controlledBy = (o: { metadata?: { ownerReferences?: readonly { uid: string; controller?: boolean }[] } }, uids: Set<string>): boolean =>
  (o.metadata?.ownerReferences ?? []).some((r) => r.controller === true && uids.has(r.uid));

export function replicaSetsOf(state: ClusterState, d: Stored<Deployment>): Stored<ReplicaSet>[] {
  return state.list<ReplicaSet>('replicasets', d.metadata.namespace).filter((rs) => controlledBy(rs, new Set([d.metadata.uid ?? ''])));
}

export function podsOfDeployment(state: ClusterState, d: Stored<Deployment>): PodObj[] {
  const rsUids = new Set(replicaSetsOf(state, d).map((rs) => rs.metadata.uid ?? ''));
  return state.list<Pod>('pods', d.metadata.namespace).filter((p) => controlledBy(p, rsUids));
}

export function isPodActive(p: Pod): boolean {
  return p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed' && !p.metadata?.deletionTimestamp;
}

export function isPodReady(p: Pod): boolean {
  return (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Ready for at least minReadySeconds at `nowMs` (minReadySeconds 0: as soon as Ready). */
export function isPodAvailable(p: Pod, minReadySeconds: number, nowMs: number): boolean {
  const ready = (p.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready) return false;
  if (minReadySeconds === 0) return true;
  const since = ready.lastTransitionTime ? parseTimestamp(ready.lastTransitionTime) : undefined;
  return since !== undefined && since + minReadySeconds * 1000 <= nowMs;
}

export function findDeployment(state: ClusterState, name: string, namespace = 'default'): Stored<Deployment> | undefined {
  return state.get<Deployment>('deployments', namespace, name);
}
