// Running the filter chain: PreFilter once per pod, then Filter per node, optionally with the pods
// nominated to that node.
// Models: pkg/scheduler/framework/runtime/framework.go → RunPreFilterPlugins (Skip drops the plugin's
// Filter for this cycle; a rejection ends the cycle), RunFilterPlugins (stop at the first rejecting
// plugin) and RunFilterPluginsWithNominatedPods (nominated pods of equal or higher priority are added
// to a copy of the node; the pod must fit both with and without them).
import type { Pod } from 'kubernetes-types/core/v1';
import type { CycleState } from './cycle-state.ts';
import { SKIP, type FilterPlugin, type NodeFilter } from './interfaces.ts';
import { addPod, cloneNodeInfo, type NodeInfo } from './node-info.ts';
import { isSuccess, SUCCESS, type Status } from './status.ts';

export interface PreparedFilter { name: string; filter: NodeFilter }

export type PreFilterResult =
  | { kind: 'ok'; filters: PreparedFilter[] }
  | { kind: 'rejected'; plugin: string; status: Status };

export function runPreFilterPlugins(plugins: readonly FilterPlugin[], state: CycleState, pod: Pod): PreFilterResult {
  const filters: PreparedFilter[] = [];
  for (const plugin of plugins) {
    const prepared = plugin.preFilter(state, pod);
    if (prepared === SKIP) continue;
    if (typeof prepared !== 'function') {
      if (isSuccess(prepared)) continue;
      return { kind: 'rejected', plugin: plugin.name, status: prepared };
    }
    filters.push({ name: plugin.name, filter: prepared });
  }
  return { kind: 'ok', filters };
}

export function runFilterPlugins(filters: readonly PreparedFilter[], nodeInfo: NodeInfo): Status {
  for (const f of filters) {
    const status = f.filter(nodeInfo);
    if (status !== SUCCESS && !isSuccess(status)) return status.plugin ? status : { ...status, plugin: f.name };
  }
  return SUCCESS;
}

export function podPriority(pod: Pod): number {
  return pod.spec?.priority ?? 0;
}

export function runFilterPluginsWithNominatedPods(
  filters: readonly PreparedFilter[], pod: Pod, nodeInfo: NodeInfo, nominated: readonly Pod[],
): Status {
  if (nominated.length > 0) {
    const uid = pod.metadata?.uid;
    const relevant = nominated.filter((p) => podPriority(p) >= podPriority(pod) && (uid === undefined || p.metadata?.uid !== uid));
    if (relevant.length > 0) {
      const withNominated = cloneNodeInfo(nodeInfo);
      for (const p of relevant) addPod(withNominated, p);
      const status = runFilterPlugins(filters, withNominated);
      if (!isSuccess(status)) return status;
    }
  }
  return runFilterPlugins(filters, nodeInfo);
}
