// Splitting potential victims into those whose eviction would violate a PodDisruptionBudget and the rest.
// Models: pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go →
// filterPodsWithPDBViolation (a pod matched by a PDB with disruptionsAllowed ≤ 0, counting earlier
// victims against the same PDB, violates it; pods already in status.disruptedPods do not count).
import type { Pod } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { labelSelectorAsSelector, LabelSelectorError } from '../../apimachinery/label-selector.ts';

/** LabelSelectorAsSelector; an invalid, nil or empty PDB selector matches nothing (default_preemption.go → filterPodsWithPDBViolation: "A PDB with a nil or empty selector matches nothing"). */
export function matchesLabelSelector(selector: LabelSelector | undefined, labels: Readonly<Record<string, string>>): boolean {
  try {
    const s = labelSelectorAsSelector(selector);
    return !s.isEmpty() && s.matches(labels);
  } catch (err) {
    if (err instanceof LabelSelectorError) return false;
    throw err;
  }
}

export function filterPodsWithPDBViolation(
  pods: readonly Pod[], pdbs: readonly PodDisruptionBudget[],
): { violating: Pod[]; nonViolating: Pod[] } {
  const allowed = pdbs.map((p) => p.status?.disruptionsAllowed ?? 0);
  const violating: Pod[] = [];
  const nonViolating: Pod[] = [];
  for (const pod of pods) {
    let violates = false;
    const labels = pod.metadata?.labels ?? {};
    pdbs.forEach((pdb, i) => {
      if (pdb.metadata?.namespace !== pod.metadata?.namespace) return;
      // policy/v1: an empty selector ({}) matches every pod in the namespace; a missing one none.
      if (!matchesLabelSelector(pdb.spec?.selector, labels)) return;
      if (pod.metadata?.name && pdb.status?.disruptedPods?.[pod.metadata.name]) return;
      const left = (allowed[i] ?? 0) - 1;
      allowed[i] = left;
      if (left < 0) violates = true;
    });
    (violates ? violating : nonViolating).push(pod);
  }
  return { violating, nonViolating };
}
