// Steps about scheduling: where a pod landed, that it did not, the scheduler's events and
// conditions, and node changes that matter to the scheduler (cordon, taints).
import type { Event, Node, Pod } from 'kubernetes-types/core/v1';
import { defineStep } from './support/define.ts';
import type { KubespecWorld } from './support/world.ts';

function pod(world: KubespecWorld, name: string): Pod {
  return world.cluster.client.get<Pod>('pods', 'default', name);
}

/** The newest event with this reason about the pod (Event objects aggregate repeats by count). */
function latestEvent(world: KubespecWorld, reason: string, podName: string): Event | undefined {
  const events = world.cluster.client.list<Event>('events', { namespace: 'default' }).items
    .filter((e) => e.involvedObject.kind === 'Pod' && e.involvedObject.name === podName && e.reason === reason);
  return events.sort((a, b) => (a.lastTimestamp ?? '').localeCompare(b.lastTimestamp ?? '')).at(-1);
}

defineStep({
  pattern: 'pod {string} is scheduled on {string}',
  description: 'The pod (namespace default) is bound to the node: spec.nodeName equals it.',
  example: 'Then pod "web" is scheduled on "node-2"',
}, function (this: KubespecWorld, name: string, node: string) {
  const actual = pod(this, name).spec?.nodeName;
  if (actual !== node) throw new Error(`pod "${name}": expected to be scheduled on "${node}", observed ${actual ? `"${actual}"` : 'not scheduled'}`);
});

defineStep({
  pattern: 'pod {string} is not scheduled',
  description: 'The pod (namespace default) has no node: spec.nodeName is empty.',
  example: 'Then pod "big" is not scheduled',
}, function (this: KubespecWorld, name: string) {
  const actual = pod(this, name).spec?.nodeName;
  if (actual) throw new Error(`pod "${name}": expected not to be scheduled, observed on "${actual}"`);
});

defineStep({
  pattern: 'the event {string} for pod {string} says {string}',
  description: 'The newest Event with that reason about the pod has exactly that message.',
  example: 'Then the event "FailedScheduling" for pod "big" says "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."',
}, function (this: KubespecWorld, reason: string, name: string, message: string) {
  const event = latestEvent(this, reason, name);
  if (!event) throw new Error(`pod "${name}": no "${reason}" event`);
  if (event.message !== message) throw new Error(`pod "${name}" event "${reason}":\n  expected: ${message}\n  observed: ${event.message ?? ''}`);
});

defineStep({
  pattern: 'the event {string} for pod {string} contains {string}',
  description: 'The newest Event with that reason about the pod contains the text (for messages carrying a UID).',
  example: 'Then the event "Preempted" for pod "batch" contains "on node node-1"',
}, function (this: KubespecWorld, reason: string, name: string, text: string) {
  const event = latestEvent(this, reason, name);
  if (!event) throw new Error(`pod "${name}": no "${reason}" event`);
  if (!(event.message ?? '').includes(text)) throw new Error(`pod "${name}" event "${reason}":\n  expected to contain: ${text}\n  observed: ${event.message ?? ''}`);
});

defineStep({
  pattern: 'pod {string} has condition {string} with reason {string}',
  description: 'The pod status has the condition type with that reason (e.g. PodScheduled / Unschedulable, DisruptionTarget / PreemptionByScheduler).',
  example: 'Then pod "big" has condition "PodScheduled" with reason "Unschedulable"',
}, function (this: KubespecWorld, name: string, type: string, reason: string) {
  const condition = pod(this, name).status?.conditions?.find((c) => c.type === type);
  if (condition?.reason !== reason) throw new Error(`pod "${name}" condition ${type}: expected reason "${reason}", observed ${condition ? `"${condition.reason ?? ''}"` : 'no such condition'}`);
});

defineStep({
  pattern: 'pod {string} is nominated to {string}',
  description: 'Preemption chose the node for the pod: status.nominatedNodeName equals it.',
  example: 'Then pod "critical" is nominated to "node-1"',
}, function (this: KubespecWorld, name: string, node: string) {
  const actual = pod(this, name).status?.nominatedNodeName;
  if (actual !== node) throw new Error(`pod "${name}": expected nominatedNodeName "${node}", observed ${actual ? `"${actual}"` : 'none'}`);
});

defineStep({
  pattern: 'pod {string} does not exist',
  description: 'No pod of that name in namespace default (deleted, e.g. preempted, and gone).',
  example: 'Then pod "batch" does not exist',
}, function (this: KubespecWorld, name: string) {
  const found = this.cluster.client.list<Pod>('pods', { namespace: 'default' }).items.some((p) => p.metadata?.name === name);
  if (found) throw new Error(`pod "${name}": expected not to exist, but it does`);
});

defineStep({
  pattern: 'pod {string} is deleted',
  description: 'Deletes the pod (namespace default) through the API with its default grace period, as `kubectl delete pod` does.',
  example: 'When pod "first" is deleted',
}, function (this: KubespecWorld, name: string) {
  this.cluster.client.delete('pods', 'default', name);
});

defineStep({
  pattern: 'node {string} is cordoned',
  description: 'Marks the node unschedulable (spec.unschedulable: true), as `kubectl cordon` does.',
  example: 'When node "node-1" is cordoned',
}, function (this: KubespecWorld, name: string) {
  this.cluster.client.patch<Node>('nodes', undefined, name, 'merge', { spec: { unschedulable: true } });
});

defineStep({
  pattern: 'node {string} is uncordoned',
  description: 'Marks the node schedulable again (spec.unschedulable removed), as `kubectl uncordon` does.',
  example: 'When node "node-1" is uncordoned',
}, function (this: KubespecWorld, name: string) {
  this.cluster.client.patch<Node>('nodes', undefined, name, 'merge', { spec: { unschedulable: null } });
});

defineStep({
  pattern: 'the taints are removed from node {string}',
  description: 'Removes every taint from the node (spec.taints), as `kubectl taint node NAME key-` does one by one.',
  example: 'When the taints are removed from node "node-1"',
}, function (this: KubespecWorld, name: string) {
  this.cluster.client.patch<Node>('nodes', undefined, name, 'merge', { spec: { taints: null } });
});
