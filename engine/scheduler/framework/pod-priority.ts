// corev1helpers.PodPriority (staging/src/k8s.io/component-helpers/scheduling/corev1/helpers.go):
// spec.priority, else 0. The Priority admission plugin resolves priorityClassName into
// spec.priority at create; the scheduler never looks a PriorityClass up itself, so with that
// plugin disabled a pod naming a class still has priority 0.
import type { Pod } from 'kubernetes-types/core/v1';

export function podPriority(pod: Pod): number {
  return pod.spec?.priority ?? 0;
}
