// NodeUnschedulable: a cordoned node (spec.unschedulable) accepts only pods tolerating its taint.
// Models: pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go → Filter,
// ErrReasonUnschedulable; the pod may tolerate node.kubernetes.io/unschedulable:NoSchedule.
// PreFilter skips the plugin for a pod tolerating the taint, or when no node is cordoned.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { SKIP, type FilterPlugin } from '../framework/interfaces.ts';
import { isTaintTolerated } from '../framework/node-selector.ts';
import { unresolvable } from '../framework/status.ts';

export const NAME = 'NodeUnschedulable';
export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' } as const;
const REJECTED = Object.freeze(unresolvable(NAME, ERR_REASON_UNSCHEDULABLE));

function toleratesUnschedulable(pod: Pod): boolean {
  return isTaintTolerated(UNSCHEDULABLE_TAINT, pod.spec?.tolerations ?? []);
}

export function fitsSchedulable(pod: Pod, node: Node): boolean {
  return !node.spec?.unschedulable || toleratesUnschedulable(pod);
}

export const nodeUnschedulable: FilterPlugin = {
  name: NAME,
  events: ['Node/Add', 'Node/UpdateNodeUnschedulable', 'Node/UpdateNodeTaint'],
  preFilter: (_state, pod, snapshot) => (snapshot.flagged.unschedulable === 0 || toleratesUnschedulable(pod) ? SKIP : (nodes, rows, count, statuses) => {
    const cordoned = nodes.unschedulable;
    for (let k = 0; k < count; k++) if (statuses[k] === undefined && cordoned[rows[k]!] === 1) statuses[k] = REJECTED;
  }),
};
