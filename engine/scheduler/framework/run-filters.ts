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
import { podPriority } from './pod-priority.ts';
import { Rejections } from './rejections.ts';
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
 * Filter over a batch: runs the plugins in profile order over rows[from..to), each one over the
 * rows the earlier ones kept (RunFilterPlugins stops at a node's first rejection). Returns end:
 * rows[from..end) passed every plugin, in their order; the others are in `rejected`.
 */
export function runFilterPluginsOnBatch(
  filters: readonly PreparedFilter[], nodes: NodeTable, rows: Int32Array, from: number, to: number, rejected: Rejections,
): number {
  let end = to;
  for (const f of filters) {
    if (end === from) break;
    end = f.filter(nodes, rows, from, end, rejected);
  }
  return end;
}

const ONE_ROW = new Int32Array(1);
const ONE_REJECTED = new Rejections();

/** RunFilterPlugins for one node: the first rejecting plugin's status, or SUCCESS. */
export function runFilterPlugins(filters: readonly PreparedFilter[], nodeInfo: NodeInfo): Status {
  for (const f of filters) {
    ONE_ROW[0] = nodeInfo.row;
    ONE_REJECTED.clear();
    if (f.filter(nodeInfo.table, ONE_ROW, 0, 1, ONE_REJECTED) === 0) return ONE_REJECTED.status(0) as Status;
  }
  return SUCCESS;
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
