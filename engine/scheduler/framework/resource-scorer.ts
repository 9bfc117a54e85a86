// The batch scorer shared by the resource-based Score plugins (LeastAllocated, BalancedAllocation):
// a node's score is a pure function of the pod's cpu and memory and four of the node's numbers
// (allocatable and requested cpu and memory), so while neighbouring rows repeat them (identical,
// equally loaded nodes, the usual case) the last result is reused. Models nothing upstream;
// upstream scores node by node.
//
// Why the loop is a module-level function fed every value as an argument, not a closure over the
// pod's numbers: PreScore runs once per pod, and a loop inside a closure made afresh for each pod
// reads its captured values from a new context each time: over 500-node batches it ran 2–3× slower
// per node in V8 (20+ ns instead of 7–10 ns); a whole scheduling cycle at 5,000 nodes is ~5% faster.
import type { NodeScorer } from './interfaces.ts';

/** A strategy's score of one node: the pod's cpu and memory on the node's allocatable and requested. */
export type ResourceScore = (podMilliCPU: number, podMemory: number, allocMilliCPU: number, usedMilliCPU: number, allocMemory: number, usedMemory: number) => number;

/** Which requested columns the strategy reads: the non-zero stand-ins (LeastAllocated) or the actual requests (BalancedAllocation). */
export type RequestedColumns = 'nonZero' | 'actual';

/** A NodeScorer that scores each feasible row with `score` over the `requested` columns. */
export function resourceScorer(requested: RequestedColumns, score: ResourceScore, podMilliCPU: number, podMemory: number): NodeScorer {
  return (nodes, rows, count, totals, weight) => {
    const usedMilliCPU = requested === 'nonZero' ? nodes.nonZeroMilliCPU : nodes.reqMilliCPU;
    const usedMemory = requested === 'nonZero' ? nodes.nonZeroMemory : nodes.reqMemory;
    scoreRows(score, podMilliCPU, podMemory, nodes.allocMilliCPU, usedMilliCPU, nodes.allocMemory, usedMemory, rows, count, totals, weight);
  };
}

function scoreRows(
  score: ResourceScore, podMilliCPU: number, podMemory: number,
  allocMilliCPU: Float64Array, usedMilliCPU: Float64Array, allocMemory: Float64Array, usedMemory: Float64Array,
  rows: Int32Array, count: number, totals: Float64Array, weight: number,
): void {
  let cpu = NaN, usedCpu = NaN, memory = NaN, usedMem = NaN, last = 0;
  for (let k = 0; k < count; k++) {
    const r = rows[k]!;
    const c = allocMilliCPU[r]!, uc = usedMilliCPU[r]!, m = allocMemory[r]!, um = usedMemory[r]!;
    if (c !== cpu || uc !== usedCpu || m !== memory || um !== usedMem) {
      last = score(podMilliCPU, podMemory, c, uc, m, um);
      cpu = c; usedCpu = uc; memory = m; usedMem = um;
    }
    totals[k]! += weight * last;
  }
}
