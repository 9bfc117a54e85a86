// What the controller writes when a node's kubelet has gone quiet: node_lifecycle_controller.go →
// tryUpdateNodeHealth sets Ready, MemoryPressure, DiskPressure and PIDPressure to Unknown (reason
// NodeStatusUnknown, "Kubelet stopped posting node status.", new lastTransitionTime, heartbeat
// kept), adds the ones the kubelet never posted (NodeStatusNeverUpdated, "Kubelet never posted node
// status.", heartbeat = the node's creation), and leaves NetworkUnavailable to the control plane.
import type { NodeCondition, NodeStatus } from 'kubernetes-types/core/v1';

export const MONITORED_CONDITION_TYPES = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'] as const;

export function nodeCondition(status: NodeStatus | undefined, type: string): NodeCondition | undefined {
  return status?.conditions?.find((c) => c.type === type);
}

export function markConditionsUnknown(status: NodeStatus, creationTimestamp: string, now: string): NodeStatus {
  const conditions = [...(status.conditions ?? [])];
  for (const type of MONITORED_CONDITION_TYPES) {
    const i = conditions.findIndex((c) => c.type === type);
    const current = conditions[i];
    if (!current) {
      conditions.push({ type, status: 'Unknown', reason: 'NodeStatusNeverUpdated', message: 'Kubelet never posted node status.', lastHeartbeatTime: creationTimestamp, lastTransitionTime: now });
    } else if (current.status !== 'Unknown') {
      conditions[i] = { ...current, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: now };
    }
  }
  return { ...status, conditions };
}
