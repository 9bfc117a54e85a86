// Proportional scaling: a replicas change in the middle of a rollout is spread over the active
// ReplicaSets in proportion to their sizes. Models pkg/controller/deployment/sync.go → scale and
// deployment_util.go → GetReplicaSetProportion, getReplicaSetFraction; rounding is
// k8s.io/utils/integer → RoundToInt32 (half away from zero).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { isRollingUpdate, maxSurge, specReplicas } from './fenceposts.ts';
import {
  compareBySizeNewer, compareBySizeOlder, filterActiveReplicaSets, findActiveOrLatest, intAnnotation,
  isSaturated, MAX_REPLICAS_ANNOTATION, rsReplicas, sumSpecReplicas,
} from './replica-sets.ts';
import { scaleTo, type ScaleAction } from './scale-action.ts';


export function roundToInt32(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x); // Math.round rounds .5 up; mirror it for negatives
}

/**
 * round(rs × (replicas + maxSurge) / max-replicas annotation) − rs; the annotation falls back to
 * the Deployment's status.replicas; a Deployment scaled to 0 takes the whole RS (−rs).
 * Example: rs 8 of max 13, now replicas 20 + surge 5 = 25 → round(8·25/13 = 15.38) − 8 = 7.
 */
export function getReplicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  if (specReplicas(d) === 0) return -rsReplicas(rs);
  const deploymentMaxReplicas = specReplicas(d) + maxSurge(d);
  let before = intAnnotation(rs, MAX_REPLICAS_ANNOTATION);
  if (before === undefined || before === 0) {
    before = d.status?.replicas ?? 0;
    if (before === 0) return 0;
  }
  return roundToInt32((rsReplicas(rs) * deploymentMaxReplicas) / before) - rsReplicas(rs);
}

/** The share of `toAdd` for one RS, bounded by what is still left to add (or remove). */
export function getReplicaSetProportion(rs: ReplicaSet, d: Deployment, toAdd: number, added: number): number {
  if (rsReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = getReplicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/** The new sizes for `sync.go → scale`, as scale actions in the order Kubernetes sends them. */
export function planProportionalScale(d: Deployment, newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): ScaleAction[] {
  const replicas = specReplicas(d);
  const single = findActiveOrLatest(newRS, oldRSs);
  if (single !== undefined) {
    const a = scaleTo(single, replicas);
    return a ? [a] : [];
  }
  if (isSaturated(d, newRS)) {
    return filterActiveReplicaSets(oldRSs).flatMap((rs) => scaleTo(rs, 0) ?? []);
  }
  if (!isRollingUpdate(d)) return [];
  const allRSs = filterActiveReplicaSets([...oldRSs, newRS]);
  const allowed = replicas > 0 ? replicas + maxSurge(d) : 0;
  const toAdd = allowed - sumSpecReplicas(allRSs);
  if (toAdd > 0) allRSs.sort(compareBySizeNewer);
  else if (toAdd < 0) allRSs.sort(compareBySizeOlder);
  const sizes = new Map<ReplicaSet, number>();
  let added = 0;
  for (const rs of allRSs) {
    const proportion = toAdd !== 0 ? getReplicaSetProportion(rs, d, toAdd, added) : 0;
    sizes.set(rs, rsReplicas(rs) + proportion);
    added += proportion;
  }
  const first = allRSs[0];
  if (first !== undefined && toAdd !== 0) sizes.set(first, Math.max(0, (sizes.get(first) ?? 0) + toAdd - added));
  // Every active RS is sent (even at the same size) so its replica annotations follow the new
  // replicas; otherwise isScalingEvent would keep choosing this path.
  return allRSs.map((rs) => ({ rs, from: rsReplicas(rs), to: sizes.get(rs) ?? rsReplicas(rs), refresh: true as const }));
}
