// A binary min-heap keyed by string, with removal and in-place update by key.
// Models: pkg/scheduler/backend/heap/heap.go (keyed heap used by activeQ and backoffQ).
// The comparator must be a total order (callers end with a sequence number) so pops are deterministic.
// Each slot remembers its position, so sifting moves slots without touching the key index.

interface Slot<T> { item: T; key: string; at: number }

export class KeyedHeap<T> {
  private readonly slots: Array<Slot<T>> = [];
  private readonly index = new Map<string, Slot<T>>();

  constructor(private readonly keyOf: (item: T) => string, private readonly less: (a: T, b: T) => boolean) {}

  get size(): number { return this.slots.length; }
  has(key: string): boolean { return this.index.has(key); }
  get(key: string): T | undefined { return this.index.get(key)?.item; }
  peek(): T | undefined { return this.slots[0]?.item; }
  list(): readonly T[] { return this.slots.map((s) => s.item); }

  /** Adds the item, or replaces the item with the same key and restores the order. */
  addOrUpdate(item: T): void {
    const key = this.keyOf(item);
    const existing = this.index.get(key);
    if (existing) {
      existing.item = item;
      this.fix(existing.at);
      return;
    }
    const slot: Slot<T> = { item, key, at: this.slots.length };
    this.slots.push(slot);
    this.index.set(key, slot);
    this.up(slot.at);
  }

  pop(): T | undefined {
    const top = this.slots[0];
    if (top === undefined) return undefined;
    this.removeAt(0);
    return top.item;
  }

  delete(key: string): T | undefined {
    const slot = this.index.get(key);
    if (slot === undefined) return undefined;
    this.removeAt(slot.at);
    return slot.item;
  }

  private removeAt(i: number): void {
    const removed = this.slots[i] as Slot<T>;
    this.index.delete(removed.key);
    const last = this.slots.pop() as Slot<T>;
    if (last === removed) return;
    this.place(i, last);
    this.fix(i);
  }

  private place(i: number, slot: Slot<T>): void {
    this.slots[i] = slot;
    slot.at = i;
  }

  private fix(i: number): void {
    if (!this.up(i)) this.down(i);
  }

  private up(i: number): boolean {
    const slot = this.slots[i] as Slot<T>;
    let moved = false;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = this.slots[parent] as Slot<T>;
      if (!this.less(slot.item, p.item)) break;
      this.place(i, p);
      i = parent;
      moved = true;
    }
    this.place(i, slot);
    return moved;
  }

  private down(i: number): void {
    const n = this.slots.length;
    const slot = this.slots[i] as Slot<T>;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && this.less((this.slots[r] as Slot<T>).item, (this.slots[l] as Slot<T>).item) ? r : l;
      const c = this.slots[child] as Slot<T>;
      if (!this.less(c.item, slot.item)) break;
      this.place(i, c);
      i = child;
    }
    this.place(i, slot);
  }
}
