// DefaultPreemption PostFilter: after a pod fits nowhere, find a node where evicting lower-priority
// pods would let it fit, pick the best one and name the victims. Pure: the Scheduler deletes them.
// Models: pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go → PostFilter
// ("preemption: " + message), pkg/scheduler/framework/preemption/preemption.go → Preempt,
// findCandidates, nodesWherePreemptionMightHelp, DryRunPreemption, getLowerPriorityNominatedPods.
// Deterministic deviation: upstream starts the dry run at a random offset; here at node 0.
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { fitErrorMessage, type Diagnosis } from '../framework/fit-error.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { podPriority } from '../framework/pod-priority.ts';
import type { PreparedFilter } from '../framework/run-filters.ts';
import type { Snapshot } from '../framework/snapshot.ts';
import type { Status } from '../framework/status.ts';
import { podEligibleToPreemptOthers } from './eligibility.ts';
import { pickOneNodeForPreemption, type Candidate } from './pick-candidate.ts';
import { selectVictimsOnNode } from './select-victims.ts';

export const MSG_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
const MIN_CANDIDATE_NODES_PERCENTAGE = 10;
const MIN_CANDIDATE_NODES_ABSOLUTE = 100;

export type PreemptionResult =
  | { kind: 'nominated'; nodeName: string; victims: Pod[]; lowerPriorityNominated: Pod[] }
  /** message is the PostFilter message ("preemption: ..."); clearNomination when the pod held one. */
  | { kind: 'failed'; message: string };

export interface PreemptionInput {
  /** The cycle's prepared filters (PreFilter already run for this pod). */
  filters: readonly PreparedFilter[];
  pod: Pod;
  snapshot: Snapshot;
  diagnosis: Diagnosis;
  pdbs?: readonly PodDisruptionBudget[];
  nominator?: (nodeName: string) => readonly Pod[];
}

/** GetOffsetAndNumCandidates: 10% of the potential nodes, at least 100, at most all of them. */
export function numCandidates(numNodes: number): number {
  const n = Math.max(Math.trunc((numNodes * MIN_CANDIDATE_NODES_PERCENTAGE) / 100), MIN_CANDIDATE_NODES_ABSOLUTE);
  return Math.min(n, numNodes);
}

function nodesWherePreemptionMightHelp(nodes: readonly NodeInfo[], diagnosis: Diagnosis) {
  const potential: NodeInfo[] = [];
  const statuses = new Map<string, Status>();
  for (const n of nodes) {
    if (diagnosis.nodeToStatus.get(n.name)?.code === 'UnschedulableAndUnresolvable') {
      statuses.set(n.name, { code: 'UnschedulableAndUnresolvable', reasons: [MSG_NOT_HELPFUL] });
    } else {
      potential.push(n);
    }
  }
  return { potential, statuses };
}

export function preempt(input: PreemptionInput): PreemptionResult {
  const { pod, snapshot, diagnosis } = input;
  const nominatedNode = pod.status?.nominatedNodeName ? snapshot.get(pod.status.nominatedNodeName) : undefined;
  const eligibility = podEligibleToPreemptOthers(pod, nominatedNode);
  if (!eligibility.eligible) return { kind: 'failed', message: `preemption: ${eligibility.message}` };

  const { potential, statuses } = nodesWherePreemptionMightHelp(snapshot.nodeInfos, diagnosis);
  const candidates: Candidate[] = [];
  const wanted = numCandidates(potential.length);
  for (const nodeInfo of potential) {
    if (candidates.length >= wanted) break;
    const nominated = input.nominator?.(nodeInfo.name) ?? [];
    const selection = selectVictimsOnNode(input.filters, pod, nodeInfo, input.pdbs ?? [], nominated);
    if (selection.ok) candidates.push({ nodeName: nodeInfo.name, victims: selection.victims, numPDBViolations: selection.numPDBViolations });
    else statuses.set(nodeInfo.name, selection.status);
  }
  const best = pickOneNodeForPreemption(candidates);
  if (!best) {
    const fit = fitErrorMessage(statuses.size, { nodeToStatus: statuses, unschedulablePlugins: new Set() });
    return { kind: 'failed', message: `preemption: ${fit}` };
  }
  const priority = podPriority(pod);
  const lowerPriorityNominated = (input.nominator?.(best.nodeName) ?? []).filter((p) => podPriority(p) < priority);
  return { kind: 'nominated', nodeName: best.nodeName, victims: best.victims, lowerPriorityNominated };
}
