// What the Priority admission plugin writes on every new pod: `priority` from its
// priorityClassName (0 when it has none and no global default class exists) and
// `preemptionPolicy` PreemptLowerPriority. Models plugin/pkg/admission/priority/admission.go →
// admitPod with pkg/apis/scheduling/types.go (system classes). Custom PriorityClass objects need an
// API lookup and are resolved by the admission plugin, not here; their pods keep what they carry.
import type { Pod } from 'kubernetes-types/core/v1';

/** scheduling.SystemPriorityClasses: name → value. */
export const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, number>> = {
  'system-node-critical': 2000001000,
  'system-cluster-critical': 2000000000,
};

export function defaultPodPriority(pod: Pod): void {
  const spec = pod.spec;
  if (!spec) return;
  const className = spec.priorityClassName ?? '';
  if (className === '') spec.priority ??= 0;
  else {
    const value = SYSTEM_PRIORITY_CLASSES[className];
    if (value !== undefined) spec.priority ??= value;
  }
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
}
