// Events the controller records on nodes: pkg/controller/util/node/controller_utils.go →
// RecordNodeEvent (`Node %s event: %s`, e.g. RegisteredNode "Registered Node %v in Controller")
// and RecordNodeStatusChange (`Node %s status is now: %s`, e.g. NodeNotReady), both Normal and
// referring to the node by name and UID only (cluster-scoped, so the Event lands in "default").
import type { Node } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { EventRecorder, EventType } from '../../client/event-recorder.ts';

const nodeRef = (name: string, uid: string): KubeObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, uid } });

export function recordNodeEvent(recorder: EventRecorder, node: Node, type: EventType, reason: string, event: string): void {
  const name = node.metadata?.name ?? '';
  recorder.event(nodeRef(name, node.metadata?.uid ?? ''), type, reason, `Node ${name} event: ${event}`);
}

export function recordNodeStatusChange(recorder: EventRecorder, node: Node, newStatus: string): void {
  const name = node.metadata?.name ?? '';
  recorder.event(nodeRef(name, node.metadata?.uid ?? ''), 'Normal', newStatus, `Node ${name} status is now: ${newStatus}`);
}
