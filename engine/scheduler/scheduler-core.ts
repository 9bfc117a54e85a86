// The scheduling loop without the API: pop a pod, run the cycle, then bind or handle the failure
// (preemption, FailedScheduling, requeue). API calls go through SchedulerActions so the Scheduler
// component stays a thin adapter over informers, the clock and the client.
// Models: pkg/scheduler/schedule_one.go → ScheduleOne, schedulingCycle, handleSchedulingFailure,
// bindingCycle; pkg/scheduler/framework/preemption/preemption.go → prepareCandidate.
// Leaves out: the asynchronous binding cycle (binding is synchronous here) and extenders.
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { SchedulerCache } from './cache/scheduler-cache.ts';
import { fitErrorMessage } from './framework/fit-error.ts';
import type { ClusterEvent } from './framework/interfaces.ts';
import { defaultProfile, type Profile } from './plugins/index.ts';
import { preempt } from './preemption/default-preemption.ts';
import { Nominator } from './nominator.ts';
import { SchedulingQueue, type QueuedPodInfo } from './queue/scheduling-queue.ts';
import { ScheduleAlgorithm } from './schedule-one.ts';

export interface SchedulerActions {
  /** POST pods/binding; throw if it fails. */
  bind(pod: Pod, nodeName: string): void;
  /** Normal Scheduled "Successfully assigned ns/name to node". */
  scheduled(pod: Pod, nodeName: string, message: string): void;
  /** Warning FailedScheduling + PodScheduled=False/Unschedulable; nominatedNodeName set, cleared (null) or kept (undefined). */
  failed(pod: Pod, message: string, nominatedNodeName: string | null | undefined): void;
  /** Delete a victim (DisruptionTarget condition, reason PreemptionByScheduler) and record Preempted. */
  preemptVictim(victim: Pod, preemptor: Pod, nodeName: string): void;
  /** Clear status.nominatedNodeName of a lower-priority pod whose room was taken. */
  clearNomination(pod: Pod): void;
  pdbs(): readonly PodDisruptionBudget[];
}

export type CycleResult = 'idle' | 'bound' | 'unschedulable' | 'error';

export class SchedulerCore {
  readonly cache = new SchedulerCache();
  readonly nominator = new Nominator();
  readonly queue: SchedulingQueue;
  private readonly algorithm: ScheduleAlgorithm;

  constructor(private readonly actions: SchedulerActions, private readonly profile: Profile = defaultProfile) {
    const eventsByPlugin = new Map<string, readonly ClusterEvent[]>();
    for (const p of [...profile.filters, ...profile.scorers]) eventsByPlugin.set(p.name, p.events);
    this.queue = new SchedulingQueue({
      isInterested: (plugins, event) => [...plugins].some((p) => eventsByPlugin.get(p)?.includes(event) ?? true),
    });
    this.algorithm = new ScheduleAlgorithm(profile);
  }

  /** One scheduling cycle for the highest-priority pending pod. */
  scheduleOne(nowMs: number): CycleResult {
    const info = this.queue.pop();
    if (!info) return 'idle';
    const pod = info.pod;
    const cycle = this.queue.currentSchedulingCycle;
    // schedule_one.go → skipPodSchedule: a pod being deleted is not scheduled.
    if (pod.metadata?.deletionTimestamp) { this.queue.done(info.key); return 'idle'; }
    const result = this.algorithm.schedulePod(pod, this.cache, this.nominator.nominatedPodsForNode);
    if (result.kind === 'scheduled') return this.bind(info, result.suggestedHost, nowMs, cycle);
    if (result.kind === 'noNodes') {
      this.actions.failed(pod, result.message, undefined);
      this.queue.addUnschedulableIfNotPresent(info, new Set(['NodeName']), cycle, nowMs);
      return 'unschedulable';
    }
    const outcome = preempt({
      filters: result.filters, pod, snapshot: this.cache,
      diagnosis: result.diagnosis, pdbs: this.actions.pdbs(), nominator: this.nominator.nominatedPodsForNode,
    });
    let nominated: string | null | undefined;
    if (outcome.kind === 'nominated') {
      nominated = outcome.nodeName;
      this.nominator.add(pod, outcome.nodeName);
      for (const victim of outcome.victims) this.actions.preemptVictim(victim, pod, outcome.nodeName);
      for (const lower of outcome.lowerPriorityNominated) {
        this.nominator.delete(lower);
        this.actions.clearNomination(lower);
      }
    } else {
      result.diagnosis.postFilterMsg = outcome.message;
      nominated = pod.status?.nominatedNodeName ? null : undefined;
      if (nominated === null) this.nominator.delete(pod);
    }
    this.actions.failed(pod, fitErrorMessage(result.numAllNodes, result.diagnosis), nominated);
    this.queue.addUnschedulableIfNotPresent(info, result.diagnosis.unschedulablePlugins, cycle, nowMs);
    return 'unschedulable';
  }

  private bind(info: QueuedPodInfo, nodeName: string, nowMs: number, cycle: number): CycleResult {
    const pod = info.pod;
    this.cache.assumePod(pod, nodeName, info.key);
    this.nominator.delete(pod);
    try {
      this.actions.bind(pod, nodeName);
    } catch (err) {
      this.cache.forgetPod(pod);
      this.actions.failed(pod, `binding rejected: ${(err as Error).message}`, undefined);
      this.queue.addUnschedulableIfNotPresent(info, new Set(), cycle, nowMs);
      return 'error';
    }
    this.queue.done(info.key);
    const ns = pod.metadata?.namespace ?? 'default';
    this.actions.scheduled(pod, nodeName, `Successfully assigned ${ns}/${pod.metadata?.name ?? ''} to ${nodeName}`);
    return 'bound';
  }

  /** Cluster change: retry parked pods some rejecting plugin cares about. */
  onClusterEvent(event: ClusterEvent, nowMs: number): void {
    this.queue.moveAllToActiveOrBackoffQueue(event, nowMs);
  }
}
