// NodeAffinity: spec.nodeSelector and required node affinity filter; preferred terms score.
// Models: pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go → Filter (nodeSelector labels
// AND requiredDuringSchedulingIgnoredDuringExecution terms, ErrReasonPod), Score (sum of weights of
// matching preferred terms), NormalizeScore (DefaultNormalizeScore, not reversed). Weight 2.
// Leaves out: the profile-level addedAffinity argument and the PreFilter node-name shortcut.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { defaultNormalizeScore, MAX_NODE_SCORE, SKIP, type FilterPlugin, type ScorePlugin } from '../framework/interfaces.ts';
import { matchesAnyTerm, matchesTerm } from '../framework/node-selector.ts';
import { unresolvable } from '../framework/status.ts';

export const NAME = 'NodeAffinity';
export const WEIGHT = 2;
export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";
const REJECTED = Object.freeze(unresolvable(NAME, ERR_REASON_POD));

type RequiredSelector = NonNullable<NonNullable<NonNullable<Pod['spec']>['affinity']>['nodeAffinity']>['requiredDuringSchedulingIgnoredDuringExecution'];

function matches(selector: ReadonlyArray<[string, string]>, required: RequiredSelector, node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  for (const [key, wanted] of selector) {
    if (labels[key] !== wanted) return false;
  }
  // A required NodeSelector with no terms matches nothing (nodeaffinity.go → NewNodeSelector).
  return !required || matchesAnyTerm(required.nodeSelectorTerms, node);
}

export function matchesNodeSelectorAndAffinity(pod: Pod, node: Node): boolean {
  return matches(Object.entries(pod.spec?.nodeSelector ?? {}), pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution, node);
}

export function preferredAffinityScore(pod: Pod, node: Node): number {
  let total = 0;
  for (const term of pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
    if (term.weight !== 0 && matchesTerm(term.preference, node)) total += term.weight;
  }
  return total;
}

export const nodeAffinity: FilterPlugin & ScorePlugin = {
  name: NAME,
  weight: WEIGHT,
  events: ['Node/Add', 'Node/UpdateNodeLabel'],
  // PreFilter Skip / PreScore Skip when the pod has no selector, required or preferred terms.
  preFilter(_state, pod) {
    const nodeSelector = pod.spec?.nodeSelector;
    const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    if (nodeSelector === undefined && required === undefined) return SKIP;
    const selector = Object.entries(nodeSelector ?? {});
    if (selector.length === 0 && required === undefined) return SKIP;
    return (nodes, rows, from, to, rejected) => {
      let end = from;
      for (let k = from; k < to; k++) {
        const row = rows[k]!;
        if (matches(selector, required, nodes.infos[row]!.node)) rows[end++] = row;
        else rejected.add(row, REJECTED);
      }
      return end;
    };
  },
  preScore(_state, pod) {
    if (!pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length) return SKIP;
    return (nodes, rows, count, totals, weight) => {
      for (let k = 0; k < count; k++) totals[k]! += weight * preferredAffinityScore(pod, nodes.infos[rows[k]!]!.node);
    };
  },
  normalize: (scores, count) => defaultNormalizeScore(MAX_NODE_SCORE, false, scores, count),
};
