// Running the filter chain on one node, optionally with the pods nominated to it.
// Models: pkg/scheduler/framework/runtime/framework.go → RunFilterPlugins (stop at the first
// rejecting plugin) and RunFilterPluginsWithNominatedPods (nominated pods of equal or higher
// priority are added to a copy of the node; the pod must fit both with and without them).
// Leaves out: the per-plugin metrics and the Skip set from PreFilter results.
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { CycleState } from './cycle-state.ts';
import type { FilterPlugin } from './interfaces.ts';
import { addPod, cloneNodeInfo, type NodeInfo } from './node-info.ts';
import { isSuccess, SUCCESS, type Status } from './status.ts';

export function runFilterPlugins(filters: readonly FilterPlugin[], state: CycleState, pod: Pod, nodeInfo: NodeInfo): Status {
  for (const plugin of filters) {
    const status = plugin.filter(state, pod, nodeInfo);
    if (!isSuccess(status)) return status.plugin ? status : { ...status, plugin: plugin.name };
  }
  return SUCCESS;
}

export function podPriority(pod: Pod): number {
  return pod.spec?.priority ?? 0;
}

export function runFilterPluginsWithNominatedPods(
  filters: readonly FilterPlugin[],
  state: CycleState,
  pod: Pod,
  nodeInfo: NodeInfo,
  nominated: readonly Pod[],
): Status {
  const uid = pod.metadata?.uid;
  const relevant = nominated.filter((p) => podPriority(p) >= podPriority(pod) && (uid === undefined || p.metadata?.uid !== uid));
  if (relevant.length > 0) {
    const withNominated = cloneNodeInfo(nodeInfo);
    for (const p of relevant) addPod(withNominated, p);
    const status = runFilterPlugins(filters, state, pod, withNominated);
    if (!isSuccess(status)) return status;
  }
  return runFilterPlugins(filters, state, pod, nodeInfo);
}
