// The scheduling queue: activeQ (priority, then queue time), backoffQ (by back-off expiry) and the
// unschedulable pool that cluster events or the 5-minute flush move back.
// Models: pkg/scheduler/backend/queue/scheduling_queue.go → PriorityQueue (Add, Pop, Update, Delete,
// AddUnschedulableIfNotPresent, MoveAllToActiveOrBackoffQueue, flushBackoffQCompleted,
// flushUnschedulablePodsLeftover, moveRequestCycle) with the order of queued-pod-info.ts.
// Time is an input (nowMs); the Scheduler runs the flushes from clock tasks. Leaves out: QueueingHints
// (an event requeues a pod if any plugin that rejected it registered that event), gated pods,
// nominator bookkeeping, and 1.33's SchedulerPopFromBackoffQ.
import type { Pod } from 'kubernetes-types/core/v1';
import type { ClusterEvent } from '../framework/interfaces.ts';
import { calculateBackoffDurationMs, DEFAULT_INITIAL_BACKOFF_MS, DEFAULT_MAX_BACKOFF_MS } from './backoff.ts';
import { KeyedHeap } from './heap.ts';
import { isPodUpdated } from './is-pod-updated.ts';
import { podPriority } from '../framework/pod-priority.ts';
import { activeQLess, keyOf, podKey, setPod, withPod, type QueuedPodInfo } from './queued-pod-info.ts';

export { podKey, type QueuedPodInfo } from './queued-pod-info.ts';

export const DEFAULT_MAX_IN_UNSCHEDULABLE_PODS_MS = 5 * 60 * 1000;

export interface QueueOptions {
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  maxInUnschedulablePodsMs?: number;
  /** Whether an event can help a pod rejected by these plugins (from each plugin's `events`). */
  isInterested: (plugins: ReadonlySet<string>, event: ClusterEvent) => boolean;
}

export class SchedulingQueue {
  private readonly activeQ = new KeyedHeap<QueuedPodInfo>(keyOf, activeQLess);
  private readonly backoffQ = new KeyedHeap<QueuedPodInfo>(keyOf, (a, b) => {
    const ea = this.backoffExpiryMs(a);
    const eb = this.backoffExpiryMs(b);
    return ea !== eb ? ea < eb : a.seq < b.seq;
  });
  private readonly unschedulable = new Map<string, QueuedPodInfo>();
  private readonly inFlight = new Map<string, QueuedPodInfo>();
  private seq = 0;
  private schedulingCycle = 0;
  private moveRequestCycle = -1;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly maxInUnschedulableMs: number;

  constructor(private readonly options: QueueOptions) {
    this.initialBackoffMs = options.initialBackoffMs ?? DEFAULT_INITIAL_BACKOFF_MS;
    this.maxBackoffMs = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
    this.maxInUnschedulableMs = options.maxInUnschedulablePodsMs ?? DEFAULT_MAX_IN_UNSCHEDULABLE_PODS_MS;
  }

  backoffExpiryMs(p: QueuedPodInfo): number {
    return p.timestampMs + calculateBackoffDurationMs(p.attempts, this.initialBackoffMs, this.maxBackoffMs);
  }

  /** A new pending pod goes straight to activeQ. */
  add(pod: Pod, nowMs: number): void {
    const key = podKey(pod);
    if (this.inFlight.has(key)) return;
    this.unschedulable.delete(key);
    this.backoffQ.delete(key);
    this.activeQ.addOrUpdate({ key, pod, priority: podPriority(pod), timestampMs: nowMs, initialAttemptTimestampMs: undefined, attempts: 0, unschedulablePlugins: new Set(), seq: this.seq++ });
  }

  /** The highest-priority pod, or undefined; it stays in flight until done() or addUnschedulable(). */
  pop(): QueuedPodInfo | undefined {
    const p = this.activeQ.pop();
    if (!p) return undefined;
    p.attempts++;
    p.initialAttemptTimestampMs ??= p.timestampMs;
    this.schedulingCycle++;
    this.inFlight.set(p.key, p);
    return p;
  }

  get currentSchedulingCycle(): number { return this.schedulingCycle; }

  done(key: string): void {
    this.inFlight.delete(key);
  }

  /**
   * A pod that failed its attempt. If a cluster event arrived while it was being scheduled, or no
   * plugin rejected it (an error), it goes to backoffQ; otherwise to the unschedulable pool.
   */
  addUnschedulableIfNotPresent(p: QueuedPodInfo, plugins: ReadonlySet<string>, podSchedulingCycle: number, nowMs: number): void {
    this.inFlight.delete(p.key);
    if (this.activeQ.has(p.key) || this.backoffQ.has(p.key) || this.unschedulable.has(p.key)) return;
    p.timestampMs = nowMs;
    p.unschedulablePlugins = new Set(plugins);
    if (this.moveRequestCycle >= podSchedulingCycle || plugins.size === 0) this.backoffQ.addOrUpdate(p);
    else this.unschedulable.set(p.key, p);
  }

  /** A changed pending pod: refresh it where it is; a pod in the unschedulable pool is retried. */
  update(pod: Pod, nowMs: number): void {
    const key = podKey(pod);
    const inflight = this.inFlight.get(key);
    if (inflight) { setPod(inflight, pod); return; }
    for (const q of [this.activeQ, this.backoffQ]) {
      const existing = q.get(key);
      if (existing) { q.addOrUpdate(withPod(existing, pod)); return; }
    }
    const parked = this.unschedulable.get(key);
    if (parked && !isPodUpdated(parked.pod, pod)) {
      setPod(parked, pod);
      return;
    }
    if (parked) {
      this.unschedulable.delete(key);
      this.requeue(withPod(parked, pod), nowMs);
      return;
    }
    this.add(pod, nowMs);
  }

  delete(pod: Pod): void {
    const key = podKey(pod);
    this.activeQ.delete(key);
    this.backoffQ.delete(key);
    this.unschedulable.delete(key);
    this.inFlight.delete(key);
  }

  /** MoveAllToActiveOrBackoffQueue: pods some rejecting plugin of which cares about the event. */
  moveAllToActiveOrBackoffQueue(event: ClusterEvent, nowMs: number): number {
    let moved = 0;
    for (const [key, p] of [...this.unschedulable]) {
      if (p.unschedulablePlugins.size > 0 && !this.options.isInterested(p.unschedulablePlugins, event)) continue;
      this.unschedulable.delete(key);
      this.requeue(p, nowMs);
      moved++;
    }
    this.moveRequestCycle = this.schedulingCycle;
    return moved;
  }

  private requeue(p: QueuedPodInfo, nowMs: number): void {
    if (this.backoffExpiryMs(p) > nowMs) this.backoffQ.addOrUpdate(p);
    else this.activeQ.addOrUpdate({ ...p, timestampMs: nowMs, seq: this.seq++ });
  }

  /** Moves pods whose back-off has expired to activeQ; returns how many. */
  flushBackoffQCompleted(nowMs: number): number {
    let moved = 0;
    for (let top = this.backoffQ.peek(); top && this.backoffExpiryMs(top) <= nowMs; top = this.backoffQ.peek()) {
      this.backoffQ.pop();
      this.activeQ.addOrUpdate({ ...top, timestampMs: nowMs, seq: this.seq++ });
      moved++;
    }
    return moved;
  }

  /** Pods parked longer than 5 minutes are retried regardless of events. */
  flushUnschedulablePodsLeftover(nowMs: number): number {
    let moved = 0;
    for (const [key, p] of [...this.unschedulable]) {
      if (nowMs - p.timestampMs <= this.maxInUnschedulableMs) continue;
      this.unschedulable.delete(key);
      this.requeue(p, nowMs);
      moved++;
    }
    return moved;
  }

  /** When the earliest back-off ends (to schedule a clock task), or undefined. */
  nextBackoffExpiryMs(): number | undefined {
    const top = this.backoffQ.peek();
    return top ? this.backoffExpiryMs(top) : undefined;
  }

  /** Pods waiting in activeQ (what the scheduling loop checks between cycles). */
  get activeCount(): number { return this.activeQ.size; }

  sizes(): { active: number; backoff: number; unschedulable: number; inFlight: number } {
    return { active: this.activeQ.size, backoff: this.backoffQ.size, unschedulable: this.unschedulable.size, inFlight: this.inFlight.size };
  }

  has(key: string): boolean {
    return this.activeQ.has(key) || this.backoffQ.has(key) || this.unschedulable.has(key) || this.inFlight.has(key);
  }
}
