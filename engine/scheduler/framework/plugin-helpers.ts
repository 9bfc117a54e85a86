// Running one plugin against one node outside a cycle (tests, property checks, small callers).
// Each plugin has one implementation (its PreFilter/PreScore batch closure); these helpers only
// prepare it and run it over single rows.
import type { Pod } from 'kubernetes-types/core/v1';
import { CycleState } from './cycle-state.ts';
import { SKIP, type FilterPlugin, type ScorePlugin } from './interfaces.ts';
import type { NodeInfo } from './node-info.ts';
import { runFilterPlugins } from './run-filters.ts';
import { SUCCESS, type Status } from './status.ts';

export function filterOne(plugin: FilterPlugin, pod: Pod, nodeInfo: NodeInfo, state = new CycleState()): Status {
  const prepared = plugin.preFilter(state, pod, nodeInfo.table);
  if (prepared === SKIP) return SUCCESS;
  if (typeof prepared !== 'function') return prepared;
  return runFilterPlugins([{ name: plugin.name, filter: prepared }], nodeInfo);
}

/**
 * One plugin's scores of the given nodes, all rows of one snapshot: raw (before NormalizeScore),
 * except that a plugin answering with one score for every node gives that (normalized) score.
 */
export function scoreAll(plugin: ScorePlugin, pod: Pod, nodes: readonly NodeInfo[]): number[] {
  const table = nodes[0]?.table;
  if (!table || nodes.some((n) => n.table !== table)) throw new Error('scoreAll: the nodes must be rows of one snapshot');
  const scorer = plugin.preScore(new CycleState(), pod, table);
  if (scorer === SKIP) return nodes.map(() => 0);
  if (typeof scorer === 'number') return nodes.map(() => scorer);
  const scores = new Float64Array(nodes.length);
  scorer(table, Int32Array.from(nodes, (n) => n.row), nodes.length, scores, 1);
  return Array.from(scores);
}
