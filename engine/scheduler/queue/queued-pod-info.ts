// A pod waiting in the scheduling queue, and the order of activeQ.
// Models: pkg/scheduler/framework/types.go → QueuedPodInfo (Timestamp, Attempts,
// InitialAttemptTimestamp, UnschedulablePlugins) and plugins/queuesort/priority_sort.go → Less.
// The pod's priority is kept beside it, as every heap comparison reads it.
import type { Pod } from 'kubernetes-types/core/v1';
import { podPriority } from '../framework/pod-priority.ts';

export interface QueuedPodInfo {
  key: string;
  /** Change only through setPod/withPod, which keep `priority` in step. */
  pod: Pod;
  /** spec.priority of pod (read by every activeQ comparison). */
  priority: number;
  /** When the pod last entered the queue (activeQ order and back-off base). */
  timestampMs: number;
  initialAttemptTimestampMs: number | undefined;
  attempts: number;
  /** Plugins that rejected the pod in its last attempt. */
  unschedulablePlugins: Set<string>;
  seq: number;
}

export function podKey(pod: Pod): string {
  return `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

export function setPod(p: QueuedPodInfo, pod: Pod): void {
  p.pod = pod;
  p.priority = podPriority(pod);
}

export function withPod(p: QueuedPodInfo, pod: Pod): QueuedPodInfo {
  return { ...p, pod, priority: podPriority(pod) };
}

/** PrioritySort.Less: higher priority first, then earlier queue time; then the sequence number (determinism). */
export function activeQLess(a: QueuedPodInfo, b: QueuedPodInfo): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.timestampMs !== b.timestampMs ? a.timestampMs < b.timestampMs : a.seq < b.seq;
}

export function keyOf(p: QueuedPodInfo): string {
  return p.key;
}
