// The numbers of many NodeInfos, one row per node, stored column by column (struct of arrays).
// Models the numeric part of pkg/scheduler/framework/types.go → NodeInfo (Allocatable, Requested,
// NonZeroRequested, len(Pods)) plus flags derived from the Node (spec.unschedulable, taints by
// effect, any images): the Filter and Score plugins read a cycle's ~500 nodes from a few contiguous
// typed arrays instead of chasing a dozen objects per node. Upstream keeps these in each NodeInfo.
// Extended resources stay in the NodeInfo's maps. Rows are written only through node-info.ts.
import type { NodeInfo } from './node-info.ts';

/** The 0/1 columns; the table counts the rows that have each set. */
export type NodeFlag = 'unschedulable' | 'hasFilterTaints' | 'hasPreferTaints' | 'hasImages';
const FLAGS: readonly NodeFlag[] = ['unschedulable', 'hasFilterTaints', 'hasPreferTaints', 'hasImages'];

export class NodeTable {
  /** Rows in use; row i belongs to infos[i]. */
  size = 0;
  readonly infos: NodeInfo[] = [];
  unschedulable: Uint8Array;
  /** The node has a NoSchedule or NoExecute taint (the ones TaintToleration filters on). */
  hasFilterTaints: Uint8Array;
  /** The node has a PreferNoSchedule taint (the ones TaintToleration scores). */
  hasPreferTaints: Uint8Array;
  /** The node has image states (node.status.images), which ImageLocality scores. */
  hasImages: Uint8Array;
  allocMilliCPU: Float64Array;
  allocMemory: Float64Array;
  allocEphemeralStorage: Float64Array;
  allowedPodNumber: Float64Array;
  podCount: Float64Array;
  reqMilliCPU: Float64Array;
  reqMemory: Float64Array;
  reqEphemeralStorage: Float64Array;
  nonZeroMilliCPU: Float64Array;
  nonZeroMemory: Float64Array;
  /** Derived (refreshFree): allocatable − requested, and allowed pods − pods, for the Fit fast path. */
  freePods: Float64Array;
  freeMilliCPU: Float64Array;
  freeMemory: Float64Array;
  freeEphemeralStorage: Float64Array;
  /** How many rows have each flag set: a plugin with nothing to do on this table skips itself. */
  readonly flagged: Record<NodeFlag, number> = { unschedulable: 0, hasFilterTaints: 0, hasPreferTaints: 0, hasImages: 0 };

  constructor(private capacity = 1) {
    this.unschedulable = new Uint8Array(capacity);
    this.hasFilterTaints = new Uint8Array(capacity);
    this.hasPreferTaints = new Uint8Array(capacity);
    this.hasImages = new Uint8Array(capacity);
    this.allocMilliCPU = new Float64Array(capacity);
    this.allocMemory = new Float64Array(capacity);
    this.allocEphemeralStorage = new Float64Array(capacity);
    this.allowedPodNumber = new Float64Array(capacity);
    this.podCount = new Float64Array(capacity);
    this.reqMilliCPU = new Float64Array(capacity);
    this.reqMemory = new Float64Array(capacity);
    this.reqEphemeralStorage = new Float64Array(capacity);
    this.nonZeroMilliCPU = new Float64Array(capacity);
    this.nonZeroMemory = new Float64Array(capacity);
    this.freePods = new Float64Array(capacity);
    this.freeMilliCPU = new Float64Array(capacity);
    this.freeMemory = new Float64Array(capacity);
    this.freeEphemeralStorage = new Float64Array(capacity);
  }

  /** Recomputes the derived free columns of a row from its allocatable and requested ones (exact: whole numbers). */
  refreshFree(row: number): void {
    this.freePods[row] = this.allowedPodNumber[row]! - this.podCount[row]!;
    this.freeMilliCPU[row] = this.allocMilliCPU[row]! - this.reqMilliCPU[row]!;
    this.freeMemory[row] = this.allocMemory[row]! - this.reqMemory[row]!;
    this.freeEphemeralStorage[row] = this.allocEphemeralStorage[row]! - this.reqEphemeralStorage[row]!;
  }

  /** A new zeroed row for `info`, growing the columns (doubling) when full. */
  appendRow(info: NodeInfo): number {
    if (this.size === this.capacity) this.grow(Math.max(1, this.capacity * 2));
    const row = this.size++;
    this.infos[row] = info;
    return row;
  }

  setFlag(flag: NodeFlag, row: number, on: boolean): void {
    const column = this[flag];
    if ((column[row] === 1) === on) return;
    column[row] = on ? 1 : 0;
    this.flagged[flag] += on ? 1 : -1;
  }

  /** Drops a row, moving the later rows up one (their NodeInfos' row numbers follow). */
  removeRow(row: number): void {
    for (const flag of FLAGS) this.setFlag(flag, row, false);
    for (const column of this.columns()) column.copyWithin(row, row + 1, this.size);
    this.infos.splice(row, 1);
    this.size--;
    for (const column of this.columns()) column[this.size] = 0;
    for (let r = row; r < this.size; r++) (this.infos[r] as NodeInfo).row = r;
  }

  /** Copies every column of one row (of this or another table) into a row of this table. */
  copyRow(from: NodeTable, fromRow: number, toRow: number): void {
    for (const flag of FLAGS) this.setFlag(flag, toRow, from[flag][fromRow] === 1);
    const source = from.numbers();
    const target = this.numbers();
    for (let c = 0; c < target.length; c++) (target[c] as Float64Array)[toRow] = (source[c] as Float64Array)[fromRow] ?? 0;
  }

  private columns(): Array<Uint8Array | Float64Array> {
    return [this.unschedulable, this.hasFilterTaints, this.hasPreferTaints, this.hasImages, ...this.numbers()];
  }

  private numbers(): Float64Array[] {
    return [
      this.allocMilliCPU, this.allocMemory, this.allocEphemeralStorage, this.allowedPodNumber,
      this.podCount, this.reqMilliCPU, this.reqMemory, this.reqEphemeralStorage, this.nonZeroMilliCPU, this.nonZeroMemory,
      this.freePods, this.freeMilliCPU, this.freeMemory, this.freeEphemeralStorage,
    ];
  }

  private grow(capacity: number): void {
    const widen = <T extends Uint8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    const bytes = (n: number): Uint8Array => new Uint8Array(n);
    const doubles = (n: number): Float64Array => new Float64Array(n);
    this.unschedulable = widen(this.unschedulable, bytes);
    this.hasFilterTaints = widen(this.hasFilterTaints, bytes);
    this.hasPreferTaints = widen(this.hasPreferTaints, bytes);
    this.hasImages = widen(this.hasImages, bytes);
    this.allocMilliCPU = widen(this.allocMilliCPU, doubles);
    this.allocMemory = widen(this.allocMemory, doubles);
    this.allocEphemeralStorage = widen(this.allocEphemeralStorage, doubles);
    this.allowedPodNumber = widen(this.allowedPodNumber, doubles);
    this.podCount = widen(this.podCount, doubles);
    this.reqMilliCPU = widen(this.reqMilliCPU, doubles);
    this.reqMemory = widen(this.reqMemory, doubles);
    this.reqEphemeralStorage = widen(this.reqEphemeralStorage, doubles);
    this.nonZeroMilliCPU = widen(this.nonZeroMilliCPU, doubles);
    this.nonZeroMemory = widen(this.nonZeroMemory, doubles);
    this.freePods = widen(this.freePods, doubles);
    this.freeMilliCPU = widen(this.freeMilliCPU, doubles);
    this.freeMemory = widen(this.freeMemory, doubles);
    this.freeEphemeralStorage = widen(this.freeEphemeralStorage, doubles);
    this.capacity = capacity;
  }
}
