// Workload invariants. During a RollingUpdate the Deployment controller never lets the
// ReplicaSets' desired sizes exceed replicas + maxSurge, and never scales an old ReplicaSet
// down while that would leave fewer than replicas − maxUnavailable available
// (pkg/controller/deployment/rolling.go; util/deployment_util.go → NewRSNewReplicas,
// MaxUnavailable, ResolveFenceposts). Checked once the controller has observed the current
// generation, so a spec change mid-flight is not a violation before the controller reacts.
// A settled ReplicaSet owns exactly spec.replicas active pods (unless ReplicaFailure explains why).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../../apimachinery/object.ts';
import type { ClusterState } from '../cluster-state.ts';
import type { StoreEvent } from '../../store/object-store.ts';
import { objectName, type Invariant, type Violation } from '../invariant.ts';
import { isPodActive, replicaSetsOf } from '../workload-queries.ts';

function scaled(value: string | number | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  const pct = Number(value.replace('%', ''));
  return roundUp ? Math.ceil((pct * total) / 100) : Math.floor((pct * total) / 100);
}

/** maxSurge and maxUnavailable resolved as ResolveFenceposts does (both 0 → unavailable 1). */
export function fenceposts(d: Deployment): { surge: number; unavailable: number } {
  const replicas = d.spec?.replicas ?? 1;
  const ru = d.spec?.strategy?.rollingUpdate;
  const surge = scaled(ru?.maxSurge ?? '25%', replicas, true);
  let unavailable = scaled(ru?.maxUnavailable ?? '25%', replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, replicas) };
}

const isRolling = (d: Stored<Deployment>): boolean => (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate'
  && !d.spec?.paused && (d.status?.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) && !d.metadata.deletionTimestamp;

/**
 * The rolling Deployments whose surge a write can have changed: the Deployment written, or the
 * controlling Deployments of the ReplicaSet written (before and after the write); all of them when
 * checked without a write. Another Deployment's sum is untouched, and was checked when it last
 * changed, so a violation is found at the same write as a check of every Deployment would find it.
 */
function deploymentsTouched(state: ClusterState, event: StoreEvent | undefined): Stored<Deployment>[] {
  if (event === undefined) return state.list<Deployment>('deployments').filter(isRolling);
  const out: Stored<Deployment>[] = [];
  const add = (d: Stored<Deployment> | undefined): void => { if (d && isRolling(d) && !out.includes(d)) out.push(d); };
  if (event.resource === 'deployments') {
    add(state.get<Deployment>('deployments', event.object.metadata.namespace, event.object.metadata.name ?? ''));
    return out;
  }
  // By uid alone, as replicaSetsOf counts a ReplicaSet (a hand-written reference may name another kind or name).
  for (const rs of [event.object, event.prevObject]) {
    const uid = rs?.metadata.ownerReferences?.find((r) => r.controller === true)?.uid;
    if (uid !== undefined) add(state.list<Deployment>('deployments', rs?.metadata.namespace).find((d) => d.metadata.uid === uid));
  }
  return out;
}

export const rolloutSurgeBound: Invariant = {
  name: 'rollout-surge-bound', mode: 'always', resources: ['replicasets', 'deployments'],
  description: "During a rolling update the ReplicaSets' desired replicas never exceed spec.replicas + maxSurge.",
  check(state, event) {
    const out: Violation[] = [];
    for (const d of deploymentsTouched(state, event)) {
      const total = replicaSetsOf(state, d).reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0);
      const max = (d.spec?.replicas ?? 1) + fenceposts(d).surge;
      if (total > max) out.push({ invariant: 'rollout-surge-bound', message: `deployment ${d.metadata.name ?? ''} wants ${total} replicas across its ReplicaSets, more than replicas + maxSurge = ${max}`, objects: [objectName('Deployment', d)] });
    }
    return out;
  },
};

export const rolloutAvailabilityBound: Invariant = {
  name: 'rollout-availability-bound', mode: 'always', resources: ['replicasets'],
  description: 'Scaling an old ReplicaSet down never removes available replicas below spec.replicas − maxUnavailable.',
  check(state, event) {
    const rs = event?.object as Stored<ReplicaSet> | undefined;
    const before = event?.prevObject as Stored<ReplicaSet> | undefined;
    if (!rs || !before || event?.type !== 'MODIFIED' || (rs.spec?.replicas ?? 0) >= (before.spec?.replicas ?? 0)) return [];
    const owner = rs.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Deployment');
    const d = owner ? state.get<Deployment>('deployments', rs.metadata.namespace, owner.name) : undefined;
    if (!d || d.metadata.uid !== owner?.uid || (d.spec?.strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return [];
    if ((d.spec?.replicas ?? 1) < (before.spec?.replicas ?? 0)) return []; // a scale-down of the Deployment itself
    const kept = replicaSetsOf(state, d).reduce((n, s) => n + Math.min(s.spec?.replicas ?? 0, s.status?.availableReplicas ?? 0), 0);
    const keptBefore = kept - Math.min(rs.spec?.replicas ?? 0, rs.status?.availableReplicas ?? 0)
      + Math.min(before.spec?.replicas ?? 0, rs.status?.availableReplicas ?? 0);
    const minAvailable = (d.spec?.replicas ?? 1) - fenceposts(d).unavailable;
    // cleanupUnhealthyReplicas may scale down unavailable replicas while availability is already
    // low: only a scale-down that itself removes available replicas below the minimum violates.
    return kept >= minAvailable || kept >= keptBefore ? [] : [{
      invariant: 'rollout-availability-bound',
      message: `scaling down ${rs.metadata.name ?? ''} to ${rs.spec?.replicas ?? 0} leaves ${kept} available replicas, fewer than replicas − maxUnavailable = ${minAvailable}`,
      objects: [objectName('ReplicaSet', rs), objectName('Deployment', d)],
    }];
  },
};

export const replicaSetOwnsReplicas: Invariant = {
  name: 'replicaset-owns-replicas', mode: 'settled', resources: ['replicasets', 'pods'],
  description: 'A settled ReplicaSet owns exactly spec.replicas active pods (unless its ReplicaFailure condition explains the shortfall).',
  check(state) {
    const out: Violation[] = [];
    for (const rs of state.list<ReplicaSet>('replicasets')) {
      if (rs.metadata.deletionTimestamp || (rs.status?.conditions ?? []).some((c) => c.type === 'ReplicaFailure' && c.status === 'True')) continue;
      const owned = state.list<Pod>('pods', rs.metadata.namespace)
        .filter((p) => isPodActive(p) && (p.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === rs.metadata.uid)).length;
      const want = rs.spec?.replicas ?? 1;
      if (owned !== want) out.push({ invariant: 'replicaset-owns-replicas', message: `replica set ${rs.metadata.name ?? ''} owns ${owned} active pods, wants ${want}`, objects: [objectName('ReplicaSet', rs)] });
    }
    return out;
  },
};
