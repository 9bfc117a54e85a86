// Plugin interfaces of the scheduling framework and the cluster events that can requeue a pod.
// Models: pkg/scheduler/framework/interface.go → PreFilterPlugin, FilterPlugin, PreScorePlugin,
// ScorePlugin, ScoreExtensions.NormalizeScore, EnqueueExtensions.EventsToRegister;
// pkg/scheduler/framework/events.go (ActionType names).
// Leaves out: Reserve/Permit/PreBind/Bind plugins (binding is a single API call here), QueueingHints.
import type { Pod } from 'kubernetes-types/core/v1';
import type { CycleState } from './cycle-state.ts';
import type { NodeTable } from './node-table.ts';
import type { Rejections } from './rejections.ts';
import type { Status } from './status.ts';

/** MaxNodeScore (framework/interface.go). */
export const MAX_NODE_SCORE = 100;

/** A cluster change that may make a rejected pod schedulable: resource/action, as upstream names them. */
export type ClusterEvent =
  | 'Node/Add'
  | 'Node/UpdateNodeTaint'
  | 'Node/UpdateNodeLabel'
  | 'Node/UpdateNodeAllocatable'
  | 'Node/UpdateNodeUnschedulable'
  | 'Pod/Delete'
  | 'Pod/UpdatePodScaleDown'
  | 'UnschedulablePod/Update';

export interface Plugin {
  readonly name: string;
  /** Events after which pods this plugin rejected are worth retrying. */
  readonly events: readonly ClusterEvent[];
}

/** PreFilter/PreScore "Skip": the plugin has nothing to say about this pod on any node. */
export const SKIP = 'Skip' as const;

/**
 * Filter over a batch of nodes (upstream runs Filter per node, in parallel chunks): of the rows
 * rows[from..to) of `nodes`, keeps those this plugin lets pass, in their order, at rows[from..end)
 * and returns end; each rejected row goes to `rejected` with its Status (naming the plugin).
 */
export type NodeFilter = (nodes: NodeTable, rows: Int32Array, from: number, to: number, rejected: Rejections) => number;

/**
 * Score over a batch of feasible nodes: adds weight × this plugin's raw score of node rows[k] to
 * totals[k], k < count. (A plugin with NormalizeScore is given zeroed totals and weight 1, then its
 * scores are normalized and weighted by the framework.)
 */
export type NodeScorer = (nodes: NodeTable, rows: Int32Array, count: number, totals: Float64Array, weight: number) => void;

export interface FilterPlugin extends Plugin {
  /**
   * PreFilter: the per-pod work, done once per cycle. Returns the batch Filter, SKIP when the
   * plugin cannot reject any node of `nodes` for this pod, or a Status rejecting the pod on every
   * node. The Filter is only run on rows of `nodes` (the snapshot) or on copies of them.
   */
  preFilter(state: CycleState, pod: Pod, nodes: NodeTable): NodeFilter | typeof SKIP | Status;
}

export interface ScorePlugin extends Plugin {
  /** Weight in the default profile (apis/config/v1/default_plugins.go). */
  readonly weight: number;
  /**
   * PreScore over the snapshot `nodes`: the batch Score; SKIP (every node scores 0 for this
   * plugin); or a number, every node's final (normalized) score when the plugin can tell from the
   * table alone that all feasible nodes score alike.
   */
  preScore(state: CycleState, pod: Pod, nodes: NodeTable): NodeScorer | typeof SKIP | number;
  /** Rescales the first `count` raw scores in place to [0, MAX_NODE_SCORE]. */
  normalize?(scores: Float64Array, count: number): void;
}

/**
 * pkg/scheduler/framework/plugins/helper/normalize_score.go → DefaultNormalizeScore.
 * Worked example: raw [0, 2, 4], reverse → max 4 → [100, 50, 0]. All zero: 0s, or 100s if reverse.
 */
export function defaultNormalizeScore(maxPriority: number, reverse: boolean, scores: Float64Array, count = scores.length): void {
  let max = 0;
  for (let i = 0; i < count; i++) max = Math.max(max, scores[i]!);
  for (let i = 0; i < count; i++) {
    if (max === 0) {
      if (reverse) scores[i] = maxPriority;
      continue;
    }
    let score = Math.trunc((maxPriority * scores[i]!) / max);
    if (reverse) score = maxPriority - score;
    scores[i] = score;
  }
}
