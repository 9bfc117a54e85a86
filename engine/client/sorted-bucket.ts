// A set of cached objects keyed by `namespace/name`, listed in key order. The order is kept as
// a sorted array rebuilt only when membership changes (an add or a delete), not when an object
// is replaced, so the informer's per-sync lists cost O(k), not O(k log k) with string building
// in the comparator. Plays the role of one index value's set in client-go's thread_safe_store.go
// (`indices`), which is unordered; the order here is for determinism.
// Each object sits in a slot: the informer puts one slot per key into every bucket the object
// belongs to (all, its namespace, its index values), so replacing the object is one write to the
// slot that every bucket sees, and a list reads the slots in order without a lookup per key.

/** One key's current object, shared by the buckets that hold the key. */
export class Slot<T> {
  constructor(readonly key: string, public obj: T) {}
}

export class SortedBucket<T> {
  private readonly byKey = new Map<string, Slot<T>>();
  private sorted: Slot<T>[] | undefined;

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): T | undefined {
    return this.byKey.get(key)?.obj;
  }

  slot(key: string): Slot<T> | undefined {
    return this.byKey.get(key);
  }

  /** Adds the key or replaces its object (in its slot, so in every bucket sharing the slot). */
  set(key: string, obj: T): void {
    const slot = this.byKey.get(key);
    if (slot !== undefined) slot.obj = obj;
    else this.addSlot(new Slot(key, obj));
  }

  /** Holds the slot under its key (a slot another bucket holds too). */
  addSlot(slot: Slot<T>): void {
    // One hash lookup, not has + set: membership changed exactly when the size did.
    const size = this.byKey.size;
    this.byKey.set(slot.key, slot);
    if (this.byKey.size !== size) this.sorted = undefined;
  }

  delete(key: string): void {
    if (this.byKey.delete(key)) this.sorted = undefined;
  }

  /** The objects in key order, filtered by the predicate when one is given. */
  values(predicate?: (obj: T) => boolean): T[] {
    const slots = (this.sorted ??= sortedSlots(this.byKey));
    const out: T[] = [];
    for (let i = 0; i < slots.length; i++) {
      const obj = slots[i]!.obj;
      if (predicate === undefined || predicate(obj)) out.push(obj);
    }
    return out;
  }

  /** Calls `fn` with each object in key order, without building a list (for per-event handlers). */
  forEach(fn: (obj: T) => void): void {
    const slots = (this.sorted ??= sortedSlots(this.byKey));
    for (let i = 0; i < slots.length; i++) fn(slots[i]!.obj);
  }

  /** The slots, unordered (an index built late takes the slots of the objects cached so far). */
  slots(): IterableIterator<Slot<T>> {
    return this.byKey.values();
  }
}

function sortedSlots<T>(byKey: Map<string, Slot<T>>): Slot<T>[] {
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}
