// One scheduling attempt: PreFilter, Filter from a rotating start index until enough feasible nodes
// are found, Score, select the host. Pure: no API calls; the Scheduler component binds the result.
// Models: pkg/scheduler/schedule_one.go → schedulePod, findNodesThatFitPod (filtering in filter-batches.ts),
// numFeasibleNodesToFind, prioritizeNodes, selectHost; framework/runtime → RunScorePlugins.
// Deterministic deviation: upstream breaks score ties uniformly at random; here the tie goes to the
// first node in filter order (nodes from the rotating start index, which for < 100 nodes is node order).
import type { Pod } from 'kubernetes-types/core/v1';
import { CycleState } from './framework/cycle-state.ts';
import { CycleBuffers, diagnosisOf, findNodesThatPassFilters, type Nominator } from './filter-batches.ts';
import { emptyDiagnosis, fitErrorMessage, NO_NODES_AVAILABLE, type Diagnosis } from './framework/fit-error.ts';
import type { NodeTable } from './framework/node-table.ts';
import { runFilterPluginsWithNominatedPods, runPreFilterPlugins, type PreparedFilter } from './framework/run-filters.ts';
import { SKIP } from './framework/interfaces.ts';
import type { Snapshot } from './framework/snapshot.ts';
import { isSuccess, statusMessage } from './framework/status.ts';
import type { Profile } from './plugins/index.ts';

const MIN_FEASIBLE_NODES_TO_FIND = 100;
const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

export interface NodeScore { name: string; score: number }

export type ScheduleResult =
  | { kind: 'scheduled'; suggestedHost: string; evaluatedNodes: number; feasibleNodes: number; scores: NodeScore[] }
  | { kind: 'unschedulable'; numAllNodes: number; diagnosis: Diagnosis; state: CycleState; filters: readonly PreparedFilter[] }
  | { kind: 'noNodes'; message: string };

export type { Nominator } from './filter-batches.ts';
const NONE: readonly Pod[] = Object.freeze([]);
/** The scores of a result that did not record them (shared; never changed). */
const NO_SCORES: NodeScore[] = Object.freeze([]) as unknown as NodeScore[];
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
  /** Scratch buffers reused by every cycle (sized to the snapshot). */
  private readonly scratch = new CycleBuffers();

  /** recordScores: keep every feasible node's total in the result (tests, debugging); off in the hot path. */
  constructor(private readonly profile: Profile, private readonly percentageOfNodesToScore = 0, private readonly recordScores = false) {}

  schedulePod(pod: Pod, snapshot: Snapshot, nominator: Nominator = NO_NOMINATIONS): ScheduleResult {
    const nodes = snapshot.nodeInfos;
    if (nodes.length === 0) return { kind: 'noNodes', message: NO_NODES_AVAILABLE };
    const state = new CycleState();
    const pre = runPreFilterPlugins(this.profile.filters, state, pod, snapshot.table);
    if (pre.kind === 'rejected') {
      const diagnosis = emptyDiagnosis();
      diagnosis.preFilterMsg = statusMessage(pre.status);
      diagnosis.unschedulablePlugins.add(pre.plugin);
      for (const n of nodes) diagnosis.nodeToStatus.set(n.name, pre.status);
      return { kind: 'unschedulable', numAllNodes: nodes.length, diagnosis, state, filters: [] };
    }
    // evaluateNominatedNode: a pod nominated by an earlier preemption tries that node first.
    const nominated = pod.status?.nominatedNodeName ? snapshot.get(pod.status.nominatedNodeName) : undefined;
    if (nominated && isSuccess(runFilterPluginsWithNominatedPods(pre.filters, pod, nominated, nominator(nominated.name)))) {
      return { kind: 'scheduled', suggestedHost: nominated.name, evaluatedNodes: 1, feasibleNodes: 1, scores: NO_SCORES };
    }
    const buffers = this.scratch.sizedFor(nodes.length);
    const start = this.nextStartNodeIndex;
    const numNodesToFind = numFeasibleNodesToFind(nodes.length, this.percentageOfNodesToScore);
    const noNominations = nominator === NO_NOMINATIONS || nominator.isEmpty?.() === true;
    const { numFeasible, processed } = findNodesThatPassFilters(pre.filters, pod, snapshot.table, start, numNodesToFind, noNominations ? undefined : nominator, buffers);
    this.nextStartNodeIndex = (start + processed) % nodes.length;
    // The Diagnosis is only built when some node was rejected (a feasible pod on a big cluster has none).
    const diagnosis = buffers.rejected.size > 0 ? diagnosisOf(buffers.rejected, start, snapshot.table, buffers.byPosition) : undefined;
    if (numFeasible === 0) return { kind: 'unschedulable', numAllNodes: nodes.length, diagnosis: diagnosis ?? emptyDiagnosis(), state, filters: pre.filters };
    const evaluatedNodes = numFeasible + (diagnosis?.nodeToStatus.size ?? 0);
    const feasible = buffers.rows;
    if (numFeasible === 1) {
      return { kind: 'scheduled', suggestedHost: snapshot.table.infos[feasible[0]!]!.name, evaluatedNodes, feasibleNodes: 1, scores: NO_SCORES };
    }
    const { totals, offset } = this.prioritizeNodes(state, pod, snapshot.table, numFeasible, buffers);
    const best = snapshot.table.infos[feasible[selectHostIndex(totals, numFeasible)]!]!;
    let scores = NO_SCORES;
    if (this.recordScores) {
      scores = [];
      for (let k = 0; k < numFeasible; k++) scores.push({ name: snapshot.table.infos[feasible[k]!]!.name, score: totals[k]! + offset });
    }
    return { kind: 'scheduled', suggestedHost: best.name, evaluatedNodes, feasibleNodes: numFeasible, scores };
  }

  /**
   * Σ over score plugins of normalized score × weight, per feasible node, in feasible order: the
   * per-node part in totals, plus `offset` from the plugins scoring every node alike (left out of
   * totals, as adding the same number to each changes no ranking; whole numbers keep sums exact).
   */
  private prioritizeNodes(state: CycleState, pod: Pod, table: NodeTable, n: number, buffers: CycleBuffers): { totals: Float64Array; offset: number } {
    const { rows: feasible, scores, totals } = buffers;
    totals.fill(0, 0, n);
    let offset = 0;
    for (const plugin of this.profile.scorers) {
      const scorer = plugin.preScore(state, pod, table);
      if (scorer === SKIP) continue;
      if (typeof scorer === 'number') { offset += scorer * plugin.weight; continue; }
      if (!plugin.normalize) { scorer(table, feasible, n, totals, plugin.weight); continue; }
      scores.fill(0, 0, n);
      scorer(table, feasible, n, scores, 1);
      plugin.normalize(scores, n);
      const weight = plugin.weight;
      for (let i = 0; i < n; i++) totals[i] = totals[i]! + scores[i]! * weight;
    }
    return { totals, offset };
  }
}

/** Index of the highest of the first `count` totals; ties go to the earliest node in the list (documented deviation above). */
export function selectHostIndex(totals: ArrayLike<number>, count = totals.length): number {
  let best = 0;
  let bestTotal = totals[0] ?? 0;
  for (let i = 1; i < count; i++) {
    const total = totals[i] ?? 0;
    if (total > bestTotal) { best = i; bestTotal = total; }
  }
  return best;
}

export function selectHost(scores: readonly NodeScore[]): string {
  return scores[selectHostIndex(scores.map((s) => s.score))]?.name ?? '';
}

export function unschedulableMessage(result: Extract<ScheduleResult, { kind: 'unschedulable' }>): string {
  return fitErrorMessage(result.numAllNodes, result.diagnosis);
}
