// A binary min-heap keyed by string, with removal and in-place update by key.
// Models: pkg/scheduler/backend/heap/heap.go (keyed heap used by activeQ and backoffQ).
// The comparator must be a total order (callers end with a sequence number) so pops are deterministic.

export class KeyedHeap<T> {
  private readonly items: T[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly keyOf: (item: T) => string, private readonly less: (a: T, b: T) => boolean) {}

  get size(): number { return this.items.length; }
  has(key: string): boolean { return this.index.has(key); }
  get(key: string): T | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.items[i];
  }
  peek(): T | undefined { return this.items[0]; }
  list(): readonly T[] { return this.items; }

  /** Adds the item, or replaces the item with the same key and restores the order. */
  addOrUpdate(item: T): void {
    const key = this.keyOf(item);
    const at = this.index.get(key);
    if (at !== undefined) {
      this.items[at] = item;
      this.fix(at);
      return;
    }
    this.items.push(item);
    this.index.set(key, this.items.length - 1);
    this.up(this.items.length - 1);
  }

  pop(): T | undefined {
    const top = this.items[0];
    if (top === undefined) return undefined;
    this.removeAt(0);
    return top;
  }

  delete(key: string): T | undefined {
    const at = this.index.get(key);
    if (at === undefined) return undefined;
    const item = this.items[at];
    this.removeAt(at);
    return item;
  }

  private removeAt(i: number): void {
    const last = this.items.length - 1;
    const removed = this.items[i];
    if (removed !== undefined) this.index.delete(this.keyOf(removed));
    if (i !== last) {
      this.swapInto(i, this.items[last] as T);
      this.items.pop();
      this.fix(i);
    } else {
      this.items.pop();
    }
  }

  private swapInto(i: number, item: T): void {
    this.items[i] = item;
    this.index.set(this.keyOf(item), i);
  }

  private fix(i: number): void {
    if (!this.up(i)) this.down(i);
  }

  private up(i: number): boolean {
    const item = this.items[i] as T;
    let moved = false;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = this.items[parent] as T;
      if (!this.less(item, p)) break;
      this.swapInto(i, p);
      i = parent;
      moved = true;
    }
    this.swapInto(i, item);
    return moved;
  }

  private down(i: number): void {
    const n = this.items.length;
    const item = this.items[i] as T;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && this.less(this.items[r] as T, this.items[l] as T) ? r : l;
      if (!this.less(this.items[child] as T, item)) break;
      this.swapInto(i, this.items[child] as T);
      i = child;
    }
    this.swapInto(i, item);
  }
}
