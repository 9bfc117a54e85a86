// Pod status changes the scheduler makes: PodScheduled=False/Unschedulable with nominatedNodeName,
// and the DisruptionTarget condition on preemption victims.
// Models: pkg/scheduler/schedule_one.go → updatePod (condition changed or nominatedNodeName changed),
// pkg/api/v1/pod/util.go → UpdatePodCondition (lastTransitionTime only when status flips), and
// framework/preemption/preemption.go → prepareCandidate (DisruptionTarget, reason PreemptionByScheduler).
import type { Pod, PodCondition } from 'kubernetes-types/core/v1';

export const REASON_UNSCHEDULABLE = 'Unschedulable';
export const REASON_PREEMPTION_BY_SCHEDULER = 'PreemptionByScheduler';

/** Returns the pod with the condition set, or undefined when nothing would change. */
export function withCondition(pod: Pod, condition: PodCondition, nowTimestamp: string): Pod | undefined {
  const conditions = [...(pod.status?.conditions ?? [])];
  const at = conditions.findIndex((c) => c.type === condition.type);
  const old = at >= 0 ? conditions[at] : undefined;
  if (old && old.status === condition.status && old.reason === condition.reason && old.message === condition.message) return undefined;
  const next: PodCondition = {
    ...condition,
    lastProbeTime: null as unknown as string,
    lastTransitionTime: old && old.status === condition.status ? (old.lastTransitionTime ?? nowTimestamp) : nowTimestamp,
  };
  if (at >= 0) conditions[at] = next;
  else conditions.push(next);
  return { ...pod, status: { ...pod.status, conditions } };
}

export function unschedulableCondition(message: string): PodCondition {
  return { type: 'PodScheduled', status: 'False', reason: REASON_UNSCHEDULABLE, message };
}

export function disruptionTargetCondition(schedulerName: string): PodCondition {
  return {
    type: 'DisruptionTarget', status: 'True', reason: REASON_PREEMPTION_BY_SCHEDULER,
    message: `${schedulerName}: preempting to accommodate a higher priority pod`,
  };
}

/** status.nominatedNodeName: a name sets it, null clears it, undefined leaves it. */
export function withNominatedNodeName(pod: Pod, nominated: string | null | undefined): Pod {
  if (nominated === undefined) return pod;
  const status = { ...pod.status };
  if (nominated === null) delete status.nominatedNodeName;
  else status.nominatedNodeName = nominated;
  return { ...pod, status };
}
