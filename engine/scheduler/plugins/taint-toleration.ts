// TaintToleration: filter out nodes with an untolerated NoSchedule/NoExecute taint; prefer nodes with
// fewer untolerated PreferNoSchedule taints.
// Models: pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go → Filter (first
// untolerated taint in node order, "node(s) had untolerated taint {key: value}"), Score
// (countIntolerableTaintsPreferNoSchedule over tolerations with effect "" or PreferNoSchedule),
// NormalizeScore (DefaultNormalizeScore reverse). Weight 3. Nodes without such taints are passed
// (scored 0) from the table's flags, without reading their taints; a snapshot without any skips
// the Filter, and scores every node 100 (all raw scores 0, normalized in reverse).
import type { Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import { defaultNormalizeScore, MAX_NODE_SCORE, SKIP, type ScorePlugin, type FilterPlugin } from '../framework/interfaces.ts';
import { isTaintTolerated } from '../framework/node-selector.ts';
import { unresolvable } from '../framework/status.ts';

export const NAME = 'TaintToleration';
export const WEIGHT = 3;

export function errReasonUntoleratedTaint(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
}

function untoleratedTaint(tolerations: readonly Toleration[], taints: readonly Taint[]): Taint | undefined {
  return taints.find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !isTaintTolerated(t, tolerations));
}

/** The first NoSchedule/NoExecute taint the pod does not tolerate, if any. */
export function findUntoleratedTaint(pod: Pod, taints: readonly Taint[]): Taint | undefined {
  return untoleratedTaint(pod.spec?.tolerations ?? [], taints);
}

function preferNoScheduleTolerations(pod: Pod): Toleration[] {
  return (pod.spec?.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
}

function countIntolerable(tolerations: readonly Toleration[], taints: readonly Taint[]): number {
  return taints.filter((t) => t.effect === 'PreferNoSchedule' && !isTaintTolerated(t, tolerations)).length;
}

export function countIntolerablePreferNoSchedule(pod: Pod, taints: readonly Taint[]): number {
  return countIntolerable(preferNoScheduleTolerations(pod), taints);
}

export const taintToleration: FilterPlugin & ScorePlugin = {
  name: NAME,
  weight: WEIGHT,
  events: ['Node/Add', 'Node/UpdateNodeTaint'],
  preFilter(_state, pod, snapshot) {
    if (snapshot.flagged.hasFilterTaints === 0) return SKIP;
    const tolerations = pod.spec?.tolerations ?? [];
    return (nodes, rows, from, to, rejected) => {
      const tainted = nodes.hasFilterTaints;
      let end = from;
      for (let k = from; k < to; k++) {
        const row = rows[k]!;
        const taint = tainted[row] === 0 ? undefined : untoleratedTaint(tolerations, nodes.infos[row]!.taints);
        if (taint) rejected.add(row, unresolvable(NAME, errReasonUntoleratedTaint(taint)));
        else rows[end++] = row;
      }
      return end;
    };
  },
  preScore(_state, pod, snapshot) {
    if (snapshot.flagged.hasPreferTaints === 0) return MAX_NODE_SCORE;
    const tolerations = preferNoScheduleTolerations(pod);
    return (nodes, rows, count, totals, weight) => {
      const tainted = nodes.hasPreferTaints;
      for (let k = 0; k < count; k++) {
        const row = rows[k]!;
        if (tainted[row] === 1) totals[k]! += weight * countIntolerable(tolerations, nodes.infos[row]!.taints);
      }
    };
  },
  normalize: (scores, count) => defaultNormalizeScore(MAX_NODE_SCORE, true, scores, count),
};
