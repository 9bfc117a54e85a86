// NodeUnschedulable: a cordoned node (spec.unschedulable) accepts only pods tolerating its taint.
// Models: pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go → Filter,
// ErrReasonUnschedulable; the pod may tolerate node.kubernetes.io/unschedulable:NoSchedule.
// Leaves out: nothing relevant.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { FilterPlugin } from '../framework/interfaces.ts';
import { isTaintTolerated } from '../framework/node-selector.ts';
import { SUCCESS, unresolvable } from '../framework/status.ts';

export const NAME = 'NodeUnschedulable';
export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' } as const;

export function fitsSchedulable(pod: Pod, node: Node): boolean {
  if (!node.spec?.unschedulable) return true;
  return isTaintTolerated(UNSCHEDULABLE_TAINT, pod.spec?.tolerations ?? []);
}

export const nodeUnschedulable: FilterPlugin = {
  name: NAME,
  events: ['Node/Add', 'Node/UpdateNodeUnschedulable', 'Node/UpdateNodeTaint'],
  preFilter: (_state, pod) => (nodeInfo) =>
    !nodeInfo.unschedulable || fitsSchedulable(pod, nodeInfo.node) ? SUCCESS : unresolvable(NAME, ERR_REASON_UNSCHEDULABLE),
};
