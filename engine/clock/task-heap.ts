// A binary min-heap of clock tasks ordered by (dueMs, seq): a total order, so two tasks due at
// the same instant always run in the order they were scheduled (as sinon's fake timers order
// timers by call time and id). Models nothing upstream; it is the simulator's event queue.
export interface HeapTask {
  dueMs: number;
  seq: number;
}

export class TaskHeap<T extends HeapTask> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(task: T): void {
    const items = this.items;
    items.push(task);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      swap(items, i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(start: number): void {
    const items = this.items;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < items.length && before(items[l]!, items[smallest]!)) smallest = l;
      if (r < items.length && before(items[r]!, items[smallest]!)) smallest = r;
      if (smallest === i) return;
      swap(items, i, smallest);
      i = smallest;
    }
  }
}

function before(a: HeapTask, b: HeapTask): boolean {
  return a.dueMs < b.dueMs || (a.dueMs === b.dueMs && a.seq < b.seq);
}

/** Through a temporary, not `[a, b] = [b, a]`: the destructuring swap allocated an array a step. */
function swap<T>(items: T[], i: number, j: number): void {
  const t = items[i]!;
  items[i] = items[j]!;
  items[j] = t;
}
