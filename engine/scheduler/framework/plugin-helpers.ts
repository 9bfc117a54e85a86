// Running one plugin against one node outside a cycle (tests, property checks, small callers).
// Each plugin has one implementation (its PreFilter/PreScore closure); these helpers only prepare it.
import type { Pod } from 'kubernetes-types/core/v1';
import { CycleState } from './cycle-state.ts';
import { SKIP, type FilterPlugin, type ScorePlugin } from './interfaces.ts';
import type { NodeInfo } from './node-info.ts';
import { SUCCESS, type Status } from './status.ts';

export function filterOne(plugin: FilterPlugin, pod: Pod, nodeInfo: NodeInfo, state = new CycleState()): Status {
  const prepared = plugin.preFilter(state, pod);
  if (prepared === SKIP) return SUCCESS;
  if (typeof prepared !== 'function') return prepared;
  return prepared(nodeInfo);
}

/** Raw (not normalized) scores of one plugin over the given nodes. */
export function scoreAll(plugin: ScorePlugin, pod: Pod, nodes: readonly NodeInfo[], all: readonly NodeInfo[] = nodes): number[] {
  const scorer = plugin.preScore(new CycleState(), pod, nodes, all);
  return nodes.map((n) => (scorer === SKIP ? 0 : scorer(n)));
}
