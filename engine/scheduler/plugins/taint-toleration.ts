// TaintToleration: filter out nodes with an untolerated NoSchedule/NoExecute taint; prefer nodes with
// fewer untolerated PreferNoSchedule taints.
// Models: pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go → Filter (first
// untolerated taint in node order, "node(s) had untolerated taint {key: value}"), Score
// (countIntolerableTaintsPreferNoSchedule over tolerations with effect "" or PreferNoSchedule),
// NormalizeScore (DefaultNormalizeScore reverse). Weight 3.
import type { Pod, Taint } from 'kubernetes-types/core/v1';
import { defaultNormalizeScore, MAX_NODE_SCORE, type ScorePlugin, type FilterPlugin } from '../framework/interfaces.ts';
import { isTaintTolerated } from '../framework/node-selector.ts';
import { SUCCESS, unresolvable } from '../framework/status.ts';

export const NAME = 'TaintToleration';
export const WEIGHT = 3;

export function errReasonUntoleratedTaint(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
}

/** The first NoSchedule/NoExecute taint the pod does not tolerate, if any. */
export function findUntoleratedTaint(pod: Pod, taints: readonly Taint[]): Taint | undefined {
  const tolerations = pod.spec?.tolerations ?? [];
  return taints.find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !isTaintTolerated(t, tolerations));
}

export function countIntolerablePreferNoSchedule(pod: Pod, taints: readonly Taint[]): number {
  const tolerations = (pod.spec?.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
  return taints.filter((t) => t.effect === 'PreferNoSchedule' && !isTaintTolerated(t, tolerations)).length;
}

export const taintToleration: FilterPlugin & ScorePlugin = {
  name: NAME,
  weight: WEIGHT,
  events: ['Node/Add', 'Node/UpdateNodeTaint'],
  preFilter: (_state, pod) => (nodeInfo) => {
    const taints = nodeInfo.taints;
    if (taints.length === 0) return SUCCESS;
    const taint = findUntoleratedTaint(pod, taints);
    return taint ? unresolvable(NAME, errReasonUntoleratedTaint(taint)) : SUCCESS;
  },
  preScore: (_state, pod) => (nodeInfo) => {
    const taints = nodeInfo.taints;
    return taints.length > 0 ? countIntolerablePreferNoSchedule(pod, taints) : 0;
  },
  normalize: (scores) => defaultNormalizeScore(MAX_NODE_SCORE, true, scores),
};
