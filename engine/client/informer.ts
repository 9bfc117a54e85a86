// A shared informer (client-go/tools/cache): list once, then watch from the list's
// resourceVersion into a local cache, and tell registered handlers about adds, updates and
// deletes. Handlers run from the clock task that delivers the watch batch, so every consumer
// sees the cache as of the events delivered so far — stale, as in Kubernetes.
// The cache is indexed by namespace, and by any indexer a component adds (client-go's
// Indexers, e.g. the pods-by-controller-UID index of pkg/controller/controller_utils.go);
// lists come back in key order. Leaves out resync periods (controllers requeue explicitly)
// and relists after Gone.
import type { KubeObject } from '../apimachinery/object.ts';
import { objectKey } from '../store/object-store.ts';
import type { WatchEvent } from '../api/watch-dispatcher.ts';
import type { ListOptions } from '../api/list-options.ts';
import type { ApiClient } from './api-client.ts';
import { Slot, SortedBucket } from './sorted-bucket.ts';

export interface InformerHandler<T> {
  add?(obj: T): void;
  update?(oldObj: T, newObj: T): void;
  delete?(obj: T): void;
}

/** The index values of an object (client-go's IndexFunc). */
export type IndexFunc<T> = (obj: T) => readonly string[];

interface Index<T> {
  fn: IndexFunc<T>;
  buckets: Map<string, SortedBucket<T>>;
}

export class Informer<T extends KubeObject = KubeObject> {
  private readonly all = new SortedBucket<T>();
  private readonly byNamespace = new Map<string, SortedBucket<T>>();
  private readonly indexes = new Map<string, Index<T>>();
  private readonly handlers: InformerHandler<T>[] = [];
  private started = false;
  private stopWatch: (() => void) | undefined;

  constructor(private readonly client: ApiClient, readonly resource: string, private readonly selection: ListOptions = {}) {}

  addHandler(handler: InformerHandler<T>): void {
    this.handlers.push(handler);
    // A handler added after the initial list still hears about every cached object.
    if (this.started) for (const obj of this.all.values()) handler.add?.(obj);
  }

  /** Adds a named index (client-go's AddIndexers); objects already cached are indexed at once. */
  addIndexer(name: string, fn: IndexFunc<T>): void {
    if (this.indexes.has(name)) return;
    const index: Index<T> = { fn, buckets: new Map() };
    this.indexes.set(name, index);
    for (const slot of this.all.slots()) addToIndex(index, slot, index.fn(slot.obj));
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const { items, resourceVersion } = this.client.list<T>(this.resource, this.selection);
    for (const obj of items) this.insert(keyOf(obj), obj);
    for (const obj of items) for (const h of this.handlers) h.add?.(obj);
    this.stopWatch = this.client.watch(this.resource, { ...this.selection, resourceVersion }, (ev) => this.onEvent(ev));
  }

  stop(): void {
    this.stopWatch?.();
  }

  hasSynced(): boolean {
    return this.started;
  }

  get(namespace: string | undefined, name: string): T | undefined {
    return this.all.get(objectKey(namespace || undefined, name));
  }

  /** Cached objects, optionally in one namespace and matching a predicate, in key order. */
  list(namespace?: string, predicate?: (obj: T) => boolean): T[] {
    const bucket = namespace === undefined ? this.all : this.byNamespace.get(namespace);
    return bucket?.values(predicate) ?? [];
  }

  /** Calls `fn` with each cached object of the namespace (all when undefined) in key order, building no list. */
  forEach(namespace: string | undefined, fn: (obj: T) => void): void {
    (namespace === undefined ? this.all : this.byNamespace.get(namespace))?.forEach(fn);
  }

  /** Cached objects whose index `name` yields `value`, in key order (client-go's ByIndex). */
  byIndex(name: string, value: string): T[] {
    const index = this.indexes.get(name);
    if (!index) throw new Error(`index with name ${name} does not exist`);
    return index.buckets.get(value)?.values() ?? [];
  }

  private onEvent(ev: WatchEvent): void {
    const obj = ev.object as T;
    const key = ev.key;
    const slot = this.all.slot(key);
    const old = slot?.obj;
    if (ev.type === 'DELETED') {
      if (old) this.remove(key, old);
      for (const h of this.handlers) h.delete?.(obj);
      return;
    }
    if (slot === undefined) this.insert(key, obj);
    else this.replace(slot, obj, old!);
    for (const h of this.handlers) {
      if (old) h.update?.(old, obj);
      else h.add?.(obj);
    }
  }

  /** A new key: one slot, held by the whole cache, its namespace and each of its index values. */
  private insert(key: string, obj: T): void {
    const slot = new Slot(key, obj);
    this.all.addSlot(slot);
    const ns = obj.metadata.namespace ?? '';
    let bucket = this.byNamespace.get(ns);
    if (!bucket) this.byNamespace.set(ns, (bucket = new SortedBucket()));
    bucket.addSlot(slot);
    for (const index of this.indexes.values()) addToIndex(index, slot, index.fn(obj));
  }

  /**
   * A newer object for a cached key: written once into its slot, which every bucket holding the
   * key shares (the namespace is part of the key, so it never changes); only index values the
   * object gained or lost move the slot.
   */
  private replace(slot: Slot<T>, obj: T, old: T): void {
    slot.obj = obj;
    for (const index of this.indexes.values()) {
      const values = index.fn(obj);
      const before = index.fn(old);
      for (const value of before) if (!values.includes(value)) index.buckets.get(value)?.delete(slot.key);
      for (const value of values) if (!before.includes(value)) addToIndex(index, slot, [value]);
    }
  }

  private remove(key: string, old: T): void {
    for (const index of this.indexes.values()) for (const value of index.fn(old)) index.buckets.get(value)?.delete(key);
    this.all.delete(key);
    this.byNamespace.get(old.metadata.namespace ?? '')?.delete(key);
  }
}

/** The store's key for an object (the order lists come back in). */
const keyOf = (obj: KubeObject): string => objectKey(obj.metadata.namespace, obj.metadata.name ?? '');

function addToIndex<T>(index: Index<T>, slot: Slot<T>, values: readonly string[]): void {
  for (const value of values) {
    let bucket = index.buckets.get(value);
    if (!bucket) index.buckets.set(value, (bucket = new SortedBucket()));
    bucket.addSlot(slot);
  }
}
