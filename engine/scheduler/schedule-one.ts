// One scheduling attempt: PreFilter, Filter from a rotating start index until enough feasible nodes
// are found, Score, select the host. Pure: no API calls; the Scheduler component binds the result.
// Models: pkg/scheduler/schedule_one.go → schedulePod, findNodesThatFitPod, findNodesThatPassFilters,
// numFeasibleNodesToFind, prioritizeNodes, selectHost; framework/runtime → RunScorePlugins.
// Deterministic deviation: upstream breaks score ties uniformly at random; here the tie goes to the
// first node in filter order (nodes from the rotating start index, which for < 100 nodes is node order).
import type { Pod } from 'kubernetes-types/core/v1';
import { CycleState } from './framework/cycle-state.ts';
import { emptyDiagnosis, fitErrorMessage, NO_NODES_AVAILABLE, type Diagnosis } from './framework/fit-error.ts';
import type { NodeInfo } from './framework/node-info.ts';
import { runFilterPlugins, runFilterPluginsWithNominatedPods, runPreFilterPlugins, type PreparedFilter } from './framework/run-filters.ts';
import { SKIP } from './framework/interfaces.ts';
import type { Snapshot } from './framework/snapshot.ts';
import { isSuccess, statusMessage, SUCCESS } from './framework/status.ts';
import type { Profile } from './plugins/index.ts';

const MIN_FEASIBLE_NODES_TO_FIND = 100;
const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

export interface NodeScore { name: string; score: number }

export type ScheduleResult =
  | { kind: 'scheduled'; suggestedHost: string; evaluatedNodes: number; feasibleNodes: number; scores: NodeScore[] }
  | { kind: 'unschedulable'; numAllNodes: number; diagnosis: Diagnosis; state: CycleState; filters: readonly PreparedFilter[] }
  | { kind: 'noNodes'; message: string };

/** Pods nominated to each node by earlier preemptions (name → pods). */
export type Nominator = ((nodeName: string) => readonly Pod[]) & { isEmpty?: () => boolean };
const NONE: readonly Pod[] = Object.freeze([]);
const NO_NOMINATIONS: Nominator = () => NONE;

/**
 * Adaptive percentageOfNodesToScore. Worked example: 5,000 nodes → 50 − 5000/125 = 10% → 500 nodes;
 * 1,000 nodes → 42% → 420; 99 nodes → all 99; 6,000 nodes → 2% raised to 5% → 300.
 */
export function numFeasibleNodesToFind(numAllNodes: number, percentageOfNodesToScore = 0): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  let percentage = percentageOfNodesToScore;
  if (percentage === 0) {
    percentage = Math.max(50 - Math.trunc(numAllNodes / 125), MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND);
  }
  const numNodes = Math.trunc((numAllNodes * percentage) / 100);
  return Math.max(numNodes, MIN_FEASIBLE_NODES_TO_FIND);
}

export class ScheduleAlgorithm {
  /** sched.nextStartNodeIndex: where the next pod's filtering starts. */
  nextStartNodeIndex = 0;

  /** recordScores: keep every feasible node's total in the result (tests, debugging); off in the hot path. */
  constructor(private readonly profile: Profile, private readonly percentageOfNodesToScore = 0, private readonly recordScores = false) {}

  schedulePod(pod: Pod, snapshot: Snapshot, nominator: Nominator = NO_NOMINATIONS): ScheduleResult {
    const nodes = snapshot.nodeInfos;
    if (nodes.length === 0) return { kind: 'noNodes', message: NO_NODES_AVAILABLE };
    const state = new CycleState();
    const diagnosis = emptyDiagnosis();
    const pre = runPreFilterPlugins(this.profile.filters, state, pod);
    if (pre.kind === 'rejected') {
      diagnosis.preFilterMsg = statusMessage(pre.status);
      diagnosis.unschedulablePlugins.add(pre.plugin);
      for (const n of nodes) diagnosis.nodeToStatus.set(n.name, pre.status);
      return { kind: 'unschedulable', numAllNodes: nodes.length, diagnosis, state, filters: [] };
    }
    // evaluateNominatedNode: a pod nominated by an earlier preemption tries that node first.
    const nominated = pod.status?.nominatedNodeName ? snapshot.get(pod.status.nominatedNodeName) : undefined;
    if (nominated && isSuccess(runFilterPluginsWithNominatedPods(pre.filters, pod, nominated, nominator(nominated.name)))) {
      return { kind: 'scheduled', suggestedHost: nominated.name, evaluatedNodes: 1, feasibleNodes: 1, scores: [] };
    }
    const feasible = this.findNodesThatPassFilters(pre.filters, pod, nodes, diagnosis, nominator);
    if (feasible.length === 0) return { kind: 'unschedulable', numAllNodes: nodes.length, diagnosis, state, filters: pre.filters };
    const evaluatedNodes = feasible.length + diagnosis.nodeToStatus.size;
    const only = feasible[0];
    if (feasible.length === 1 && only) {
      return { kind: 'scheduled', suggestedHost: only.name, evaluatedNodes, feasibleNodes: 1, scores: [] };
    }
    const totals = this.prioritizeNodes(state, pod, feasible, nodes);
    const best = feasible[selectHostIndex(totals)] as NodeInfo;
    const scores = this.recordScores ? feasible.map((n, i) => ({ name: n.name, score: totals[i] ?? 0 })) : [];
    return { kind: 'scheduled', suggestedHost: best.name, evaluatedNodes, feasibleNodes: feasible.length, scores };
  }

  private findNodesThatPassFilters(
    filters: readonly PreparedFilter[], pod: Pod, nodes: readonly NodeInfo[], diagnosis: Diagnosis, nominator: Nominator,
  ): NodeInfo[] {
    const numNodesToFind = numFeasibleNodesToFind(nodes.length, this.percentageOfNodesToScore);
    const feasible: NodeInfo[] = [];
    const noNominations = nominator === NO_NOMINATIONS || nominator.isEmpty?.() === true;
    let processed = 0;
    let index = this.nextStartNodeIndex;
    for (let i = 0; i < nodes.length && feasible.length < numNodesToFind; i++) {
      const nodeInfo = nodes[index] as NodeInfo;
      index = index + 1 === nodes.length ? 0 : index + 1;
      processed++;
      const status = noNominations
        ? runFilterPlugins(filters, nodeInfo)
        : runFilterPluginsWithNominatedPods(filters, pod, nodeInfo, nominator(nodeInfo.name));
      if (status === SUCCESS || isSuccess(status)) {
        feasible.push(nodeInfo);
      } else {
        diagnosis.nodeToStatus.set(nodeInfo.name, status);
        if (status.plugin) diagnosis.unschedulablePlugins.add(status.plugin);
      }
    }
    this.nextStartNodeIndex = (this.nextStartNodeIndex + processed) % nodes.length;
    return feasible;
  }

  /** Σ over score plugins of normalized score × weight, per feasible node, in feasible order. */
  private prioritizeNodes(state: CycleState, pod: Pod, feasible: readonly NodeInfo[], all: readonly NodeInfo[]): number[] {
    const n = feasible.length;
    const totals: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < n; i++) { totals.push(0); scores.push(0); }
    for (const plugin of this.profile.scorers) {
      const scorer = plugin.preScore(state, pod, feasible, all);
      if (scorer === SKIP) continue;
      for (let i = 0; i < n; i++) scores[i] = scorer(feasible[i] as NodeInfo);
      plugin.normalize?.(scores);
      const weight = plugin.weight;
      for (let i = 0; i < n; i++) totals[i] = (totals[i] as number) + (scores[i] as number) * weight;
    }
    return totals;
  }
}

/** Index of the highest total score; ties go to the earliest node in the list (documented deviation above). */
export function selectHostIndex(totals: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < totals.length; i++) if ((totals[i] ?? 0) > (totals[best] ?? 0)) best = i;
  return best;
}

export function selectHost(scores: readonly NodeScore[]): string {
  return scores[selectHostIndex(scores.map((s) => s.score))]?.name ?? '';
}

export function unschedulableMessage(result: Extract<ScheduleResult, { kind: 'unschedulable' }>): string {
  return fitErrorMessage(result.numAllNodes, result.diagnosis);
}
