// A set of cached objects keyed by `namespace/name`, listed in key order. The order is kept as
// a sorted key array rebuilt only when membership changes (an add or a delete), not when an
// object is replaced, so the informer's per-sync lists cost O(k), not O(k log k) with string
// building in the comparator. Plays the role of one index value's set in client-go's
// thread_safe_store.go (`indices`), which is unordered; the order here is for determinism.
export class SortedBucket<T> {
  private readonly byKey = new Map<string, T>();
  private sortedKeys: string[] | undefined;

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): T | undefined {
    return this.byKey.get(key);
  }

  set(key: string, obj: T): void {
    // One hash lookup, not has + set: membership changed exactly when the size did.
    const size = this.byKey.size;
    this.byKey.set(key, obj);
    if (this.byKey.size !== size) this.sortedKeys = undefined;
  }

  delete(key: string): void {
    if (this.byKey.delete(key)) this.sortedKeys = undefined;
  }

  /** The objects in key order, filtered by the predicate when one is given. */
  values(predicate?: (obj: T) => boolean): T[] {
    const keys = (this.sortedKeys ??= [...this.byKey.keys()].sort());
    const out: T[] = [];
    for (const key of keys) {
      const obj = this.byKey.get(key)!;
      if (predicate === undefined || predicate(obj)) out.push(obj);
    }
    return out;
  }

  /** Unordered iteration, for work whose result does not depend on order. */
  unordered(): IterableIterator<T> {
    return this.byKey.values();
  }
}
