// The batch scorer shared by the resource-based Score plugins (LeastAllocated, BalancedAllocation):
// a node's score is a pure function of four of its numbers (allocatable and requested cpu and
// memory), so while neighbouring rows repeat them (identical, equally loaded nodes, the usual
// case) the last result is reused. Models nothing upstream; upstream scores node by node.
import type { NodeScorer } from './interfaces.ts';
import type { NodeTable } from './node-table.ts';

type Column = Float64Array;

export type ResourceScore = (allocMilliCPU: number, usedMilliCPU: number, allocMemory: number, usedMemory: number) => number;

/** A NodeScorer over the columns `requested` picks (actual or non-zero requests) scored by `score`. */
export function resourceScorer(requested: (nodes: NodeTable) => { milliCPU: Column; memory: Column }, score: ResourceScore): NodeScorer {
  return (nodes, rows, count, totals, weight) => {
    const { allocMilliCPU, allocMemory } = nodes;
    const used = requested(nodes);
    let cpu = NaN, usedCpu = NaN, memory = NaN, usedMemory = NaN, last = 0;
    for (let k = 0; k < count; k++) {
      const r = rows[k]!;
      const c = allocMilliCPU[r]!, uc = used.milliCPU[r]!, m = allocMemory[r]!, um = used.memory[r]!;
      if (c !== cpu || uc !== usedCpu || m !== memory || um !== usedMemory) {
        last = score(c, uc, m, um);
        cpu = c; usedCpu = uc; memory = m; usedMemory = um;
      }
      totals[k]! += weight * last;
    }
  };
}
