// SchedulerActions over the API: Binding, events, pod status and preemption deletes.
// Models: pkg/scheduler/framework/plugins/defaultbinder/default_binder.go → Bind;
// schedule_one.go → handleSchedulingFailure (event FailedScheduling, then the status update) and
// the Scheduled event; preemption.go → prepareCandidate (status patch, delete, Preempted event).
// Status writes tolerate a pod that has meanwhile gone (NotFound) or changed (Conflict): the next
// cycle writes again, as the scheduler's status patches do.
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { formatTimestamp } from '../clock/timestamp.ts';
import type { ControllerContext } from '../controllers/runner/controller.ts';
import { clone, type KubeObject } from '../apimachinery/object.ts';
import type { SchedulerActions } from './scheduler-core.ts';
import { disruptionTargetCondition, unschedulableCondition, withCondition, withNominatedNodeName } from './pod-status.ts';

function ref(pod: Pod): { namespace: string; name: string } {
  return { namespace: pod.metadata?.namespace ?? 'default', name: pod.metadata?.name ?? '' };
}

export function apiActions(ctx: ControllerContext, pdbs: () => readonly PodDisruptionBudget[]): SchedulerActions {
  const now = () => formatTimestamp(ctx.clock.nowMs());
  const updateStatus = (pod: Pod, change: (fresh: Pod) => Pod | undefined): void => {
    const { namespace, name } = ref(pod);
    try {
      const fresh = clone(ctx.client.get<Pod>('pods', namespace, name));
      const changed = change(fresh);
      if (changed) ctx.client.updateStatus('pods', changed);
    } catch {
      // NotFound or Conflict: the pod is gone or newer; the next attempt reports again.
    }
  };
  return {
    bind(pod, nodeName) {
      const { namespace, name } = ref(pod);
      ctx.client.bind(namespace, name, nodeName);
    },
    scheduled(pod, _nodeName, message) {
      ctx.recorder.event(pod as KubeObject, 'Normal', 'Scheduled', message);
    },
    failed(pod, message, nominated) {
      ctx.recorder.event(pod as KubeObject, 'Warning', 'FailedScheduling', message);
      updateStatus(pod, (fresh) => {
        const withCond = withCondition(fresh, unschedulableCondition(message), now());
        const nominationChanges = nominated !== undefined && (fresh.status?.nominatedNodeName ?? null) !== nominated;
        if (!withCond && !nominationChanges) return undefined;
        return withNominatedNodeName(withCond ?? fresh, nominated);
      });
    },
    preemptVictim(victim, preemptor, nodeName) {
      const { namespace, name } = ref(victim);
      updateStatus(victim, (fresh) => withCondition(fresh, disruptionTargetCondition(preemptor.spec?.schedulerName ?? 'default-scheduler'), now()));
      try {
        ctx.client.delete('pods', namespace, name);
      } catch {
        return; // already gone
      }
      ctx.recorder.event(victim as KubeObject, 'Normal', 'Preempted', `Preempted by pod ${preemptor.metadata?.uid ?? ''} on node ${nodeName}`);
    },
    clearNomination(pod) {
      updateStatus(pod, (fresh) => (fresh.status?.nominatedNodeName ? withNominatedNodeName(fresh, null) : undefined));
    },
    pdbs,
  };
}
