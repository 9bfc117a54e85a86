// Running the filter chain: PreFilter once per pod, then Filter over a batch of nodes or over one
// node, optionally with the pods nominated to that node.
// Models: pkg/scheduler/framework/runtime/framework.go → RunPreFilterPlugins (Skip drops the plugin's
// Filter for this cycle; a rejection ends the cycle), RunFilterPlugins (stop at the first rejecting
// plugin) and RunFilterPluginsWithNominatedPods (nominated pods of equal or higher priority are added
// to a copy of the node; the pod must fit both with and without them).
import type { Pod } from 'kubernetes-types/core/v1';
import type { CycleState } from './cycle-state.ts';
import { SKIP, type FilterPlugin, type NodeFilter } from './interfaces.ts';
import { addPod, cloneNodeInfo, type NodeInfo } from './node-info.ts';
import type { NodeTable } from './node-table.ts';
import { isSuccess, SUCCESS, type Status } from './status.ts';

export interface PreparedFilter { name: string; filter: NodeFilter }

export type PreFilterResult =
  | { kind: 'ok'; filters: PreparedFilter[] }
  | { kind: 'rejected'; plugin: string; status: Status };

export function runPreFilterPlugins(plugins: readonly FilterPlugin[], state: CycleState, pod: Pod, nodes: NodeTable): PreFilterResult {
  const filters: PreparedFilter[] = [];
  for (const plugin of plugins) {
    const prepared = plugin.preFilter(state, pod, nodes);
    if (prepared === SKIP) continue;
    if (typeof prepared !== 'function') {
      if (isSuccess(prepared)) continue;
      return { kind: 'rejected', plugin: plugin.name, status: prepared };
    }
    filters.push({ name: plugin.name, filter: prepared });
  }
  return { kind: 'ok', filters };
}

/**
 * Filter over a batch: statuses[k] ends as the status of the first plugin (in profile order) that
 * rejects node rows[k], undefined when every plugin lets it pass. Each plugin skips the nodes an
 * earlier one rejected, as RunFilterPlugins stops at the first rejection. statuses[0..count) must
 * be undefined on entry (the caller clears the entries it has read).
 */
export function runFilterPluginsOnBatch(
  filters: readonly PreparedFilter[], nodes: NodeTable, rows: Int32Array, count: number, statuses: Array<Status | undefined>,
): void {
  for (const f of filters) f.filter(nodes, rows, count, statuses);
}

const ONE_ROW = new Int32Array(1);
const ONE_STATUS: Array<Status | undefined> = [undefined];

/** RunFilterPlugins for one node: the first rejecting plugin's status, or SUCCESS. */
export function runFilterPlugins(filters: readonly PreparedFilter[], nodeInfo: NodeInfo): Status {
  ONE_ROW[0] = nodeInfo.row;
  ONE_STATUS[0] = undefined;
  for (const f of filters) {
    f.filter(nodeInfo.table, ONE_ROW, 1, ONE_STATUS);
    const status = ONE_STATUS[0];
    if (status !== undefined) return status;
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
