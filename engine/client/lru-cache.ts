// A bounded least-recently-used map, the role of k8s.io/utils/lru (golang-lru) in client-go's
// EventCorrelator: both of its caches hold at most 4096 entries (events_cache.go →
// maxLruCacheEntries), so a long run forgets the least recently seen events instead of growing.
export const MAX_LRU_CACHE_ENTRIES = 4096;

export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity = MAX_LRU_CACHE_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, marked as most recently used. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Adds or replaces the value; the least recently used entry goes when the cache is full. */
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.add(key, value);
  }

  /** `set` for a key the caller has just found absent (its get missed): no delete to try first. */
  add(key: string, value: V): void {
    const size = this.entries.size;
    this.entries.set(key, value);
    if (this.entries.size === size) { // it was there after all: make it the most recent, as set does
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
