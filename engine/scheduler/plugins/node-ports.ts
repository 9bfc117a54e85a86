// NodePorts: a pod's hostPorts must be free on the node.
// Models: pkg/scheduler/framework/plugins/nodeports/node_ports.go → Fits/fitsPorts and
// framework/types.go → HostPortInfo.CheckConflict (same protocol and port, and either side binds
// 0.0.0.0 or both bind the same IP). Status Unschedulable (preemption may free the port).
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { FilterPlugin } from '../framework/interfaces.ts';
import { podHostPorts, type HostPort } from '../framework/node-info.ts';
import { SUCCESS, unschedulable } from '../framework/status.ts';

export const NAME = 'NodePorts';
export const ERR_REASON = "node(s) didn't have free ports for the requested pod ports";
const ANY_IP = '0.0.0.0';

export function portsConflict(a: HostPort, b: HostPort): boolean {
  if (a.port !== b.port || a.protocol !== b.protocol) return false;
  return a.hostIP === ANY_IP || b.hostIP === ANY_IP || a.hostIP === b.hostIP;
}

export function fitsPorts(pod: Pod, used: readonly HostPort[]): boolean {
  return podHostPorts(pod).every((wanted) => !used.some((u) => portsConflict(wanted, u)));
}

export const nodePorts: FilterPlugin = {
  name: NAME,
  events: ['Node/Add', 'Pod/Delete'],
  filter: (_state, pod, nodeInfo) => (fitsPorts(pod, nodeInfo.usedPorts) ? SUCCESS : unschedulable(NAME, ERR_REASON)),
};
