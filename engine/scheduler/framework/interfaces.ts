// Plugin interfaces of the scheduling framework and the cluster events that can requeue a pod.
// Models: pkg/scheduler/framework/interface.go → PreFilterPlugin, FilterPlugin, PreScorePlugin,
// ScorePlugin, ScoreExtensions.NormalizeScore, EnqueueExtensions.EventsToRegister;
// pkg/scheduler/framework/events.go (ActionType names).
// Leaves out: Reserve/Permit/PreBind/Bind plugins (binding is a single API call here), QueueingHints.
import type { Pod } from 'kubernetes-types/core/v1';
import type { CycleState } from './cycle-state.ts';
import type { NodeInfo } from './node-info.ts';
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
export type NodeFilter = (nodeInfo: NodeInfo) => Status;
export type NodeScorer = (nodeInfo: NodeInfo) => number;

export interface FilterPlugin extends Plugin {
  /**
   * PreFilter: the per-pod work, done once per cycle. Returns the per-node Filter, SKIP when the
   * plugin cannot reject any node for this pod, or a Status rejecting the pod on every node.
   */
  preFilter(state: CycleState, pod: Pod): NodeFilter | typeof SKIP | Status;
}

export interface ScorePlugin extends Plugin {
  /** Weight in the default profile (apis/config/v1/default_plugins.go). */
  readonly weight: number;
  /** PreScore: returns the per-node Score, or SKIP (every node scores 0 for this plugin). */
  preScore(state: CycleState, pod: Pod, feasible: readonly NodeInfo[], allNodes: readonly NodeInfo[]): NodeScorer | typeof SKIP;
  /** Rescales raw scores in place to [0, MAX_NODE_SCORE]. */
  normalize?(scores: number[]): void;
}

/**
 * pkg/scheduler/framework/plugins/helper/normalize_score.go → DefaultNormalizeScore.
 * Worked example: raw [0, 2, 4], reverse → max 4 → [100, 50, 0]. All zero: 0s, or 100s if reverse.
 */
export function defaultNormalizeScore(maxPriority: number, reverse: boolean, scores: number[]): void {
  let max = 0;
  for (const s of scores) max = Math.max(max, s);
  for (let i = 0; i < scores.length; i++) {
    if (max === 0) {
      if (reverse) scores[i] = maxPriority;
      continue;
    }
    let score = Math.trunc((maxPriority * (scores[i] ?? 0)) / max);
    if (reverse) score = maxPriority - score;
    scores[i] = score;
  }
}
