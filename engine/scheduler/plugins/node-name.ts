// NodeName: a pod that names its node (spec.nodeName) fits only that node.
// Models: pkg/scheduler/framework/plugins/nodename/node_name.go → Fits, ErrReason.
// Leaves out: nothing (pods with spec.nodeName set are normally never queued; kept for completeness).
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { SKIP, type FilterPlugin } from '../framework/interfaces.ts';
import { unresolvable } from '../framework/status.ts';

export const NAME = 'NodeName';
export const ERR_REASON = "node(s) didn't match the requested node name";
const REJECTED = Object.freeze(unresolvable(NAME, ERR_REASON));

export function fitsNodeName(pod: Pod, node: Node): boolean {
  const wanted = pod.spec?.nodeName;
  return !wanted || wanted === node.metadata?.name;
}

export const nodeName: FilterPlugin = {
  name: NAME,
  events: ['Node/Add'],
  preFilter: (_state, pod) => (pod.spec?.nodeName
    ? (nodes, rows, from, to, rejected) => {
      let end = from;
      for (let k = from; k < to; k++) {
        const row = rows[k]!;
        if (fitsNodeName(pod, nodes.infos[row]!.node)) rows[end++] = row;
        else rejected.add(row, REJECTED);
      }
      return end;
    }
    : SKIP),
};
