// Which ClusterEvents a node update amounts to (what may make a rejected pod schedulable).
// Models: pkg/scheduler/eventhandlers.go → updateNodeInScheduler / nodeSchedulingPropertiesChange
// (allocatable, labels, taints, spec.unschedulable; conditions and annotations are ignored here).
import type { Node } from 'kubernetes-types/core/v1';
import type { ClusterEvent } from './framework/interfaces.ts';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function nodeUpdateEvents(oldNode: Node, newNode: Node): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  if (Boolean(oldNode.spec?.unschedulable) !== Boolean(newNode.spec?.unschedulable)) events.push('Node/UpdateNodeUnschedulable');
  if (!same(oldNode.status?.allocatable, newNode.status?.allocatable)) events.push('Node/UpdateNodeAllocatable');
  if (!same(oldNode.metadata?.labels, newNode.metadata?.labels)) events.push('Node/UpdateNodeLabel');
  if (!same(oldNode.spec?.taints, newNode.spec?.taints)) events.push('Node/UpdateNodeTaint');
  return events;
}
