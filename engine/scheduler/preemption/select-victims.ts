// The fewest, least important pods to remove from one node so the preemptor fits.
// Models: pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go → SelectVictimsOnNode:
// 1. remove every pod of lower priority; none → "No preemption victims found for incoming pod";
// 2. if the pod still does not fit, the node is no candidate (the filter's status is its reason);
// 3. reprieve victims one by one, most important first (PDB-violating ones before the others),
//    keeping each one that the pod still fits beside. pkg/scheduler/util/utils.go → MoreImportantPod.
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { addPod, cloneNodeInfo, removePod, type NodeInfo } from '../framework/node-info.ts';
import { podPriority } from '../framework/pod-priority.ts';
import { runFilterPluginsWithNominatedPods, type PreparedFilter } from '../framework/run-filters.ts';
import { isSuccess, unresolvable, type Status } from '../framework/status.ts';
import { filterPodsWithPDBViolation } from './pdb.ts';

export const MSG_NO_VICTIMS = 'No preemption victims found for incoming pod';
export const PLUGIN_NAME = 'DefaultPreemption';

export type VictimSelection =
  | { ok: true; victims: Pod[]; numPDBViolations: number }
  | { ok: false; status: Status };

function startTimeOf(pod: Pod): string {
  return pod.status?.startTime ?? pod.metadata?.creationTimestamp ?? '';
}

/** MoreImportantPod as a comparator: higher priority first, then earlier start time; then name (determinism). */
export function compareImportance(a: Pod, b: Pod): number {
  const byPriority = podPriority(b) - podPriority(a);
  if (byPriority !== 0) return byPriority;
  const byStart = startTimeOf(a).localeCompare(startTimeOf(b));
  if (byStart !== 0) return byStart;
  return (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');
}

export function selectVictimsOnNode(
  filters: readonly PreparedFilter[],
  pod: Pod,
  original: NodeInfo,
  pdbs: readonly PodDisruptionBudget[],
  nominated: readonly Pod[] = [],
): VictimSelection {
  const nodeInfo = cloneNodeInfo(original);
  const priority = podPriority(pod);
  const potential = nodeInfo.pods.filter((p) => podPriority(p.pod) < priority).map((p) => p.pod);
  for (const p of potential) removePod(nodeInfo, p);
  if (potential.length === 0) return { ok: false, status: unresolvable(PLUGIN_NAME, MSG_NO_VICTIMS) };
  const fitsNow = (): Status => runFilterPluginsWithNominatedPods(filters, pod, nodeInfo, nominated);
  const status = fitsNow();
  if (!isSuccess(status)) return { ok: false, status };

  potential.sort(compareImportance);
  const { violating, nonViolating } = filterPodsWithPDBViolation(potential, pdbs);
  const victims: Pod[] = [];
  let numPDBViolations = 0;
  const reprieve = (p: Pod): boolean => {
    addPod(nodeInfo, p);
    if (isSuccess(fitsNow())) return true;
    removePod(nodeInfo, p);
    victims.push(p);
    return false;
  };
  for (const p of violating) if (!reprieve(p)) numPDBViolations++;
  for (const p of nonViolating) reprieve(p);
  return { ok: true, victims, numPDBViolations };
}
