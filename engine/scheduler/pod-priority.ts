// A pod's priority as the scheduler reads it: spec.priority, else resolved from its PriorityClass.
// Models: plugin/pkg/admission/priority/admission.go → admitPod (priorityClassName → value; the
// globalDefault class, else 0). Stand-in until a Priority admission plugin fills spec.priority at
// create time; with that plugin in place spec.priority is always set and this is a no-op.
import type { Pod } from 'kubernetes-types/core/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';

/** system-cluster-critical and system-node-critical (pkg/apis/scheduling/types.go). */
const SYSTEM_PRIORITY_CLASSES: Record<string, number> = {
  'system-cluster-critical': 2_000_000_000,
  'system-node-critical': 2_000_001_000,
};

export function withResolvedPriority(pod: Pod, classes: readonly PriorityClass[]): Pod {
  if (pod.spec?.priority !== undefined) return pod;
  const name = pod.spec?.priorityClassName;
  let value: number | undefined;
  let policy: string | undefined;
  if (name) {
    const pc = classes.find((c) => c.metadata?.name === name);
    value = pc?.value ?? SYSTEM_PRIORITY_CLASSES[name];
    policy = pc?.preemptionPolicy;
  } else {
    const def = classes.find((c) => c.globalDefault);
    value = def?.value;
    policy = def?.preemptionPolicy;
  }
  if (value === undefined) return pod;
  const spec = { ...pod.spec, containers: pod.spec?.containers ?? [], priority: value };
  if (policy && !spec.preemptionPolicy) spec.preemptionPolicy = policy;
  return { ...pod, spec };
}
