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
  preFilter: (_state, pod, snapshot) => (snapshot.flagged.unschedulable === 0 || toleratesUnschedulable(pod) ? SKIP : (nodes, rows, from, to, rejected) => {
    const cordoned = nodes.unschedulable;
    let end = from;
    for (let k = from; k < to; k++) {
      const row = rows[k]!;
      if (cordoned[row] === 1) rejected.add(row, REJECTED);
      else rows[end++] = row;
    }
    return end;
  }),
};
