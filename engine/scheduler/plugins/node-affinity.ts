// NodeAffinity: spec.nodeSelector and required node affinity filter; preferred terms score.
// Models: pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go → Filter (nodeSelector labels
// AND requiredDuringSchedulingIgnoredDuringExecution terms, ErrReasonPod), Score (sum of weights of
// matching preferred terms), NormalizeScore (DefaultNormalizeScore, not reversed). Weight 2.
// Leaves out: the profile-level addedAffinity argument and the PreFilter node-name shortcut.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { defaultNormalizeScore, MAX_NODE_SCORE, SKIP, type FilterPlugin, type ScorePlugin } from '../framework/interfaces.ts';
import { matchesAnyTerm, matchesTerm } from '../framework/node-selector.ts';
import { SUCCESS, unresolvable } from '../framework/status.ts';

export const NAME = 'NodeAffinity';
export const WEIGHT = 2;
export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";

export function matchesNodeSelectorAndAffinity(pod: Pod, node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  for (const [key, wanted] of Object.entries(pod.spec?.nodeSelector ?? {})) {
    if (labels[key] !== wanted) return false;
  }
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  // A required NodeSelector with no terms matches nothing (nodeaffinity.go → NewNodeSelector).
  return !required || matchesAnyTerm(required.nodeSelectorTerms, node);
}

function hasNodeSelectorOrAffinity(pod: Pod): boolean {
  const spec = pod.spec;
  return Object.keys(spec?.nodeSelector ?? {}).length > 0 || spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution !== undefined;
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
  preFilter: (_state, pod) => (hasNodeSelectorOrAffinity(pod)
    ? (nodeInfo) => (matchesNodeSelectorAndAffinity(pod, nodeInfo.node) ? SUCCESS : unresolvable(NAME, ERR_REASON_POD))
    : SKIP),
  preScore: (_state, pod) => (pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length
    ? (nodeInfo) => preferredAffinityScore(pod, nodeInfo.node)
    : SKIP),
  normalize: (scores) => defaultNormalizeScore(MAX_NODE_SCORE, false, scores),
};
