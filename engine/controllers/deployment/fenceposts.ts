// maxSurge / maxUnavailable of a Deployment as replica counts.
// Models pkg/controller/deployment/util/deployment_util.go → ResolveFenceposts, MaxUnavailable,
// MinAvailable, MaxSurge, IsRollingUpdate. Worked examples (25%/25%): 10 replicas → surge 3
// (ceil 2.5), unavailable 2 (floor 2.5); 3 replicas → surge 1, unavailable 0.
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { getScaledValueFromIntOrPercent, type IntOrString } from '../replicaset/shims/intstr.ts';

export function isRollingUpdate(d: Deployment): boolean {
  return (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
}

export const specReplicas = (d: Deployment): number => d.spec?.replicas ?? 1;

/** [surge, unavailable]: surge rounded up, unavailable down; both 0 → unavailable forced to 1. */
export function resolveFenceposts(maxSurge: IntOrString | undefined, maxUnavailable: IntOrString | undefined, desired: number): [number, number] {
  const surge = getScaledValueFromIntOrPercent(maxSurge ?? 0, desired, true);
  const unavailable = getScaledValueFromIntOrPercent(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) return [0, 1]; // validation forbids literal 0/0; percentages can round there
  return [surge, unavailable];
}

function fenceposts(d: Deployment): [number, number] {
  const ru = d.spec?.strategy?.rollingUpdate;
  return resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, specReplicas(d));
}

/** 0 for Recreate or 0 replicas; otherwise the resolved value capped at spec.replicas. */
export function maxUnavailable(d: Deployment): number {
  if (!isRollingUpdate(d) || specReplicas(d) === 0) return 0;
  return Math.min(fenceposts(d)[1], specReplicas(d));
}

export function minAvailable(d: Deployment): number {
  return specReplicas(d) - maxUnavailable(d);
}

export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  return fenceposts(d)[0];
}
