// Priority: resolves a new pod's priorityClassName (or the global default class) into spec.priority
// and spec.preemptionPolicy, refusing unknown classes; keeps one globalDefault PriorityClass.
// Models plugin/pkg/admission/priority/admission.go (admitPod, validatePriorityClass,
// getDefaultPriorityClass: lowest value wins a tie) and pkg/apis/scheduling/types.go (system classes).
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1.js';
import type { PolicyAttributes, PolicyView } from './support/attributes.ts';
import type { PolicyPlugin } from './support/policy-plugin.ts';
import { forbidden } from './support/admission-denial.ts';
import { mutablePodSpec } from './support/pod-spec.ts';

/** Created by the API server at start-up (pkg/registry/scheduling/rest/storage_scheduling.go). */
export const SYSTEM_PRIORITY_CLASSES: readonly PriorityClass[] = [
  systemClass('system-node-critical', 2000001000, 'Used for system critical pods that must not be moved from their current node.'),
  systemClass('system-cluster-critical', 2000000000, 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.'),
];

function systemClass(name: string, value: number, description: string): PriorityClass {
  return { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value, description, preemptionPolicy: 'PreemptLowerPriority' };
}

export const priorityAdmission: PolicyPlugin = {
  name: 'Priority',
  admit(attrs, view) {
    if (attrs.subresource !== '' || attrs.resource !== 'pods' || attrs.group !== '' || !attrs.object) return;
    if (attrs.operation === 'UPDATE') preserveOnUpdate(attrs);
    if (attrs.operation === 'CREATE') resolvePodPriority(attrs, view);
  },
  validate(attrs, view) {
    if (attrs.subresource !== '' || attrs.resource !== 'priorityclasses' || !attrs.object) return;
    if (attrs.operation !== 'CREATE' && attrs.operation !== 'UPDATE') return;
    const pc = attrs.object as unknown as PriorityClass;
    if (!pc.globalDefault) return;
    const current = defaultClass(view.listPriorityClasses());
    if (current && (attrs.operation === 'CREATE' || current.metadata?.name !== pc.metadata?.name)) {
      throw forbidden(attrs, `PriorityClass ${current.metadata?.name ?? ''} is already marked as default. Only one default can exist`);
    }
  },
};

function resolvePodPriority(attrs: PolicyAttributes, view: PolicyView): void {
  const pod = attrs.object as Pod;
  const spec = mutablePodSpec(pod);
  const classes = view.listPriorityClasses();
  let priority = 0;
  let policy: string | undefined = 'PreemptLowerPriority';
  const className = spec.priorityClassName ?? '';
  if (className === '') {
    const dpc = defaultClass(classes);
    if (dpc) { spec.priorityClassName = dpc.metadata?.name ?? ''; priority = dpc.value; policy = dpc.preemptionPolicy; }
  } else {
    const pc = classes.find((c) => c.metadata?.name === className) ?? SYSTEM_PRIORITY_CLASSES.find((c) => c.metadata?.name === className);
    if (!pc) throw forbidden(attrs, `no PriorityClass with name ${className} was found`);
    priority = pc.value;
    policy = pc.preemptionPolicy;
  }
  if (spec.priority !== undefined && spec.priority !== priority) {
    throw forbidden(attrs, `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`);
  }
  spec.priority = priority;
  if (policy === undefined) return;
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== policy) {
    throw forbidden(attrs, `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`);
  }
  spec.preemptionPolicy = policy;
}

function preserveOnUpdate(attrs: PolicyAttributes): void {
  const pod = attrs.object as Pod;
  const old = attrs.oldObject as Pod | undefined;
  if (!pod.spec || !old?.spec) return;
  if (pod.spec.priority === undefined && old.spec.priority !== undefined) pod.spec.priority = old.spec.priority;
  if (pod.spec.preemptionPolicy === undefined && old.spec.preemptionPolicy !== undefined) pod.spec.preemptionPolicy = old.spec.preemptionPolicy;
}

/** The globalDefault class; with several (a race), the lowest value wins. */
export function defaultClass(classes: readonly PriorityClass[]): PriorityClass | undefined {
  let best: PriorityClass | undefined;
  for (const pc of classes) if (pc.globalDefault && (!best || pc.value < best.value)) best = pc;
  return best;
}
