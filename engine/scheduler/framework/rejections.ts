// The nodes a batch Filter rejected, each with its Status, in the order the plugins found them.
// Models the per-node Status that framework/runtime → RunFilterPlugins returns (upstream keeps them
// in Diagnosis.NodeToStatus as it goes); schedule-one.ts files these into the Diagnosis in the order
// the nodes were visited, so the Diagnosis reads as if each node had been filtered one by one.
// Reused across cycles: clear() keeps the arrays' storage.
import type { Status } from './status.ts';

export class Rejections {
  private readonly rowList: number[] = [];
  private readonly statusList: Status[] = [];
  private count = 0;

  add(row: number, status: Status): void {
    this.rowList[this.count] = row;
    this.statusList[this.count] = status;
    this.count++;
  }

  get size(): number { return this.count; }
  row(i: number): number { return this.rowList[i] ?? -1; }
  status(i: number): Status | undefined { return i < this.count ? this.statusList[i] : undefined; }

  clear(): void {
    this.count = 0;
  }
}
