// The pods/eviction subresource's budget logic: pkg/registry/core/pod/storage/eviction.go →
// EvictionREST.Create, canIgnorePDB, checkAndDecrement, with its exact error texts. Without a
// disruption controller, a PDB whose status was never computed (no status.observedGeneration)
// has its status computed here on every eviction as pkg/controller/disruption/disruption.go →
// getExpectedPodCount / countHealthyPods / updatePdbStatus would. Left out: the expected count
// from the controllers' scale (the selected pods are counted instead), unhealthyPodEvictionPolicy
// beyond the IfHealthyBudget default, dry-run and resourceVersion enforcement.
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget, PodDisruptionBudgetStatus } from 'kubernetes-types/policy/v1';
import { labelSelectorAsSelector } from '../apimachinery/label-selector.ts';
import { getScaledValueFromIntOrPercent } from '../apimachinery/intstr.ts';
import { formatTimestamp, parseTimestamp } from '../clock/timestamp.ts';
import { StatusError, tooManyRequests } from './errors.ts';

/** eviction.go: the message of every refusal for budget reasons. */
export const BUDGET_VIOLATION = 'Cannot evict pod as it would violate the pod\'s disruption budget.';
/** disruption.go → DeletionTimeout: an unconfirmed eviction counts as a disruption this long. */
export const DELETION_TIMEOUT_MS = 2 * 60 * 1000;

/** canIgnorePDB: terminal, pending and already-terminating pods are deleted without a budget check. */
export function canIgnorePDB(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || !!pod.metadata?.deletionTimestamp;
}

/** podutil.IsPodReady. */
export function isPodReady(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** The PDBs of the namespace whose selector matches the pod (getPodDisruptionBudgets). */
export function budgetsFor(pod: Pod, pdbs: PodDisruptionBudget[]): PodDisruptionBudget[] {
  const labels = pod.metadata?.labels ?? {};
  return pdbs.filter((p) => {
    const sel = labelSelectorAsSelector(p.spec?.selector);
    return !sel.matchesNothing && sel.requirements.length > 0 && sel.matches(labels);
  });
}

/**
 * updatePdbStatus as the disruption controller computes it: expected pods (the selected pods),
 * desiredHealthy from minAvailable or maxUnavailable, currentHealthy = Ready, not terminating and
 * not recently evicted (disruptedPods younger than DeletionTimeout).
 */
export function computedStatus(pdb: PodDisruptionBudget, pods: Pod[], nowMs: number): PodDisruptionBudgetStatus {
  const spec = pdb.spec ?? {};
  const disrupted = Object.fromEntries(Object.entries(pdb.status?.disruptedPods ?? {})
    .filter(([, t]) => (parseTimestamp(t) ?? 0) + DELETION_TIMEOUT_MS > nowMs));
  const expectedPods = pods.length;
  let desiredHealthy: number;
  if (spec.maxUnavailable !== undefined) {
    desiredHealthy = Math.max(0, expectedPods - getScaledValueFromIntOrPercent(spec.maxUnavailable, expectedPods, true));
  } else if (typeof spec.minAvailable === 'string') {
    desiredHealthy = getScaledValueFromIntOrPercent(spec.minAvailable, expectedPods, true);
  } else {
    desiredHealthy = spec.minAvailable ?? 1;
  }
  const currentHealthy = pods.filter((p) => !p.metadata?.deletionTimestamp && isPodReady(p) && !((p.metadata?.name ?? '') in disrupted)).length;
  return {
    ...(Object.keys(disrupted).length > 0 ? { disruptedPods: disrupted } : {}),
    disruptionsAllowed: Math.max(0, currentHealthy - desiredHealthy),
    currentHealthy, desiredHealthy, expectedPods,
  };
}

/** The status eviction.go reads: the stored one when a controller computed it, else computed now. */
export function effectiveStatus(pdb: PodDisruptionBudget, pods: Pod[], nowMs: number): PodDisruptionBudgetStatus {
  const s = pdb.status;
  if (s?.observedGeneration !== undefined && s.disruptionsAllowed !== undefined) return s;
  return computedStatus(pdb, pods, nowMs);
}

/**
 * checkAndDecrement: refuses with 429 when no disruption is allowed; otherwise the new status with
 * one disruption fewer and the pod recorded in disruptedPods.
 */
export function checkAndDecrement(podName: string, pdb: PodDisruptionBudget, status: PodDisruptionBudgetStatus, nowMs: number): PodDisruptionBudgetStatus {
  const name = pdb.metadata?.name ?? '';
  if (status.observedGeneration !== undefined && status.observedGeneration < (pdb.metadata?.generation ?? 0)) {
    throw tooManyRequests(BUDGET_VIOLATION, [{ reason: 'DisruptionBudget', message: `The disruption budget ${name} is still being processed by the server.` }]);
  }
  if (status.disruptionsAllowed < 0) throw new StatusError('Forbidden', 403, 'pdb disruptions allowed is negative');
  if (status.disruptionsAllowed === 0) {
    throw tooManyRequests(BUDGET_VIOLATION, [{
      reason: 'DisruptionBudget',
      message: `The disruption budget ${name} needs ${status.desiredHealthy} healthy pods and has ${status.currentHealthy} currently`,
    }]);
  }
  return { ...status, disruptionsAllowed: status.disruptionsAllowed - 1,
    disruptedPods: { ...(status.disruptedPods ?? {}), [podName]: formatTimestamp(nowMs) } };
}

/** The DisruptionTarget condition added before the delete (PodDisruptionConditions, GA in 1.31). */
export function withDisruptionTarget(pod: Pod, nowMs: number): Pod {
  const conditions = (pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget');
  conditions.push({ type: 'DisruptionTarget', status: 'True', lastTransitionTime: formatTimestamp(nowMs),
    reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' });
  return { ...pod, status: { ...pod.status, conditions } };
}
