// Filtering one cycle's nodes in batches: from the rotating start index, as many nodes at a time
// as feasible ones are still wanted, so exactly the nodes the node-by-node loop would visit are
// visited (upstream checks them in parallel chunks and stops at numFeasibleNodesToFind).
// Models: pkg/scheduler/schedule_one.go → findNodesThatPassFilters, and the Diagnosis it fills
// (NodeToStatus per rejected node, UnschedulablePlugins), here in visiting order.
import type { Pod } from 'kubernetes-types/core/v1';
import { emptyDiagnosis, type Diagnosis } from './framework/fit-error.ts';
import type { NodeTable } from './framework/node-table.ts';
import { Rejections } from './framework/rejections.ts';
import { runFilterPluginsOnBatch, runFilterPluginsWithNominatedPods, type PreparedFilter } from './framework/run-filters.ts';
import { isSuccess, type Status } from './framework/status.ts';

/** Pods nominated to each node by earlier preemptions (name → pods). */
export type Nominator = ((nodeName: string) => readonly Pod[]) & { isEmpty?: () => boolean };

/**
 * Filters rows from `start` on (wrapping) until numNodesToFind pass or all were visited. The
 * feasible rows end in buffers.rows[0..numFeasible) in visiting order, the rejected ones in
 * buffers.rejected. With nominated pods (nominator given), node by node.
 */
export function findNodesThatPassFilters(
  filters: readonly PreparedFilter[], pod: Pod, table: NodeTable, start: number, numNodesToFind: number,
  nominator: Nominator | undefined, buffers: CycleBuffers,
): { numFeasible: number; processed: number } {
  const total = table.size;
  const { rows, rejected } = buffers;
  rejected.clear();
  let numFeasible = 0;
  let processed = 0;
  let index = start;
  while (processed < total && numFeasible < numNodesToFind) {
    const batchEnd = numFeasible + Math.min(numNodesToFind - numFeasible, total - processed);
    processed += batchEnd - numFeasible;
    for (let k = numFeasible; k < batchEnd; k++) {
      rows[k] = index;
      index = index + 1 === total ? 0 : index + 1;
    }
    numFeasible = nominator
      ? filterWithNominatedPods(filters, pod, table, rows, numFeasible, batchEnd, rejected, nominator)
      : runFilterPluginsOnBatch(filters, table, rows, numFeasible, batchEnd, rejected);
  }
  return { numFeasible, processed };
}

/** RunFilterPluginsWithNominatedPods node by node, keeping the passing rows of rows[from..to) as a batch Filter does. */
function filterWithNominatedPods(
  filters: readonly PreparedFilter[], pod: Pod, table: NodeTable, rows: Int32Array, from: number, to: number, rejected: Rejections, nominator: Nominator,
): number {
  let end = from;
  for (let k = from; k < to; k++) {
    const row = rows[k]!;
    const info = table.infos[row]!;
    const status = runFilterPluginsWithNominatedPods(filters, pod, info, nominator(info.name));
    if (isSuccess(status)) rows[end++] = row;
    else rejected.add(row, status);
  }
  return end;
}

/** The Diagnosis of the rejected nodes, filed in visiting order (from `start`, wrapping), as the node-by-node loop would. */
export function diagnosisOf(rejected: Rejections, start: number, table: NodeTable, byPosition: Array<Status | undefined>): Diagnosis {
  const diagnosis = emptyDiagnosis();
  const total = table.size;
  let last = 0;
  for (let i = 0; i < rejected.size; i++) {
    const position = (rejected.row(i) - start + total) % total;
    byPosition[position] = rejected.status(i);
    if (position > last) last = position;
  }
  for (let position = 0; position <= last; position++) {
    const status = byPosition[position];
    if (status === undefined) continue;
    byPosition[position] = undefined;
    diagnosis.nodeToStatus.set(table.infos[(start + position) % total]!.name, status);
    if (status.plugin) diagnosis.unschedulablePlugins.add(status.plugin);
  }
  return diagnosis;
}

/** Per-cycle scratch arrays, grown to the number of nodes and reused across cycles (byPosition left all undefined). */
export class CycleBuffers {
  /** Candidate rows; after filtering, the feasible rows at the front. */
  rows = new Int32Array(0);
  readonly rejected = new Rejections();
  byPosition: Array<Status | undefined> = [];
  scores = new Float64Array(0);
  totals = new Float64Array(0);

  sizedFor(numNodes: number): this {
    if (this.rows.length >= numNodes) return this;
    this.rows = new Int32Array(numNodes);
    this.byPosition = new Array<Status | undefined>(numNodes).fill(undefined);
    this.scores = new Float64Array(numNodes);
    this.totals = new Float64Array(numNodes);
    return this;
  }
}

