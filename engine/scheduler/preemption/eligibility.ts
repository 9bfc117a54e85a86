// Whether a pod may preempt others at all.
// Models: pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go →
// PodEligibleToPreemptOthers: preemptionPolicy Never; a lower-priority pod already terminating on the
// node the pod was nominated to (its preemption is still in progress).
import type { Pod } from 'kubernetes-types/core/v1';
import type { NodeInfo } from '../framework/node-info.ts';
import { podPriority } from '../framework/pod-priority.ts';

export const MSG_PREEMPTION_POLICY_NEVER = 'not eligible due to preemptionPolicy=Never.';
export const MSG_TERMINATING_POD = 'not eligible due to a terminating pod on the nominated node.';

export type Eligibility = { eligible: true } | { eligible: false; message: string };

export function podEligibleToPreemptOthers(pod: Pod, nominatedNode: NodeInfo | undefined): Eligibility {
  if (pod.spec?.preemptionPolicy === 'Never') return { eligible: false, message: MSG_PREEMPTION_POLICY_NEVER };
  if (nominatedNode && pod.status?.nominatedNodeName) {
    const priority = podPriority(pod);
    const terminating = nominatedNode.pods.some((p) => p.pod.metadata?.deletionTimestamp && podPriority(p.pod) < priority);
    if (terminating) return { eligible: false, message: MSG_TERMINATING_POD };
  }
  return { eligible: true };
}
