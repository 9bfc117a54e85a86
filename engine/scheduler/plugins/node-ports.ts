// NodePorts: a pod's hostPorts must be free on the node.
// Models: pkg/scheduler/framework/plugins/nodeports/node_ports.go → Fits/fitsPorts and
// framework/types.go → HostPortInfo.CheckConflict (same protocol and port, and either side binds
// 0.0.0.0 or both bind the same IP). Status Unschedulable (preemption may free the port).
import type { Pod } from 'kubernetes-types/core/v1';
import { SKIP, type FilterPlugin } from '../framework/interfaces.ts';
import { podHostPorts, type HostPort } from '../framework/node-info.ts';
import { unschedulable } from '../framework/status.ts';

export const NAME = 'NodePorts';
export const ERR_REASON = "node(s) didn't have free ports for the requested pod ports";
const REJECTED = Object.freeze(unschedulable(NAME, ERR_REASON));
const ANY_IP = '0.0.0.0';

export function portsConflict(a: HostPort, b: HostPort): boolean {
  if (a.port !== b.port || a.protocol !== b.protocol) return false;
  return a.hostIP === ANY_IP || b.hostIP === ANY_IP || a.hostIP === b.hostIP;
}

export function fitsHostPorts(wanted: readonly HostPort[], used: readonly HostPort[]): boolean {
  return wanted.every((w) => !used.some((u) => portsConflict(w, u)));
}

export function fitsPorts(pod: Pod, used: readonly HostPort[]): boolean {
  return fitsHostPorts(podHostPorts(pod), used);
}

export const nodePorts: FilterPlugin = {
  name: NAME,
  events: ['Node/Add', 'Pod/Delete'],
  preFilter(_state, pod) {
    const wanted = podHostPorts(pod);
    if (wanted.length === 0) return SKIP;
    return (nodes, rows, from, to, rejected) => {
      let end = from;
      for (let k = from; k < to; k++) {
        const row = rows[k]!;
        if (fitsHostPorts(wanted, nodes.infos[row]!.usedPorts)) rows[end++] = row;
        else rejected.add(row, REJECTED);
      }
      return end;
    };
  },
};
