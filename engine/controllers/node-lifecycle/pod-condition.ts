// pkg/api/v1/pod/util.go → UpdatePodCondition: sets or appends a pod condition, keeping the old
// lastTransitionTime while the status is unchanged, and says whether anything changed (status,
// reason, message, lastProbeTime or lastTransitionTime). A new condition's lastProbeTime is null.
import type { PodCondition, PodStatus } from 'kubernetes-types/core/v1';

export function updatePodCondition(status: PodStatus, condition: PodCondition, now: string): { status: PodStatus; changed: boolean } {
  const conditions = [...(status.conditions ?? [])];
  const i = conditions.findIndex((c) => c.type === condition.type);
  const old = conditions[i];
  if (!old) {
    const added: PodCondition = { ...condition, lastProbeTime: condition.lastProbeTime ?? (null as unknown as string), lastTransitionTime: now };
    return { status: { ...status, conditions: [...conditions, added] }, changed: true };
  }
  const next: PodCondition = { ...condition, lastTransitionTime: condition.status === old.status ? old.lastTransitionTime ?? now : now };
  const same = next.status === old.status && next.reason === old.reason && next.message === old.message
    && (next.lastProbeTime ?? null) === (old.lastProbeTime ?? null) && next.lastTransitionTime === old.lastTransitionTime;
  conditions[i] = next;
  return { status: { ...status, conditions }, changed: !same };
}
