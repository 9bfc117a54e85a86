// A shared informer (client-go/tools/cache): list once, then watch from the list's
// resourceVersion into a local cache, and tell registered handlers about adds, updates and
// deletes. Handlers run from the clock task that delivers the watch batch, so every consumer
// sees the cache as of the events delivered so far — stale, as in Kubernetes.
// Leaves out resync periods (controllers requeue explicitly) and relists after Gone.
import { metaKey, type KubeObject } from '../apimachinery/object.ts';
import type { WatchEvent } from '../api/watch-dispatcher.ts';
import type { ListOptions } from '../api/list-options.ts';
import type { ApiClient } from './api-client.ts';

export interface InformerHandler<T> {
  add?(obj: T): void;
  update?(oldObj: T, newObj: T): void;
  delete?(obj: T): void;
}

export class Informer<T extends KubeObject = KubeObject> {
  private readonly cache = new Map<string, T>();
  private readonly handlers: InformerHandler<T>[] = [];
  private started = false;
  private stopWatch: (() => void) | undefined;

  constructor(private readonly client: ApiClient, readonly resource: string, private readonly selection: ListOptions = {}) {}

  addHandler(handler: InformerHandler<T>): void {
    this.handlers.push(handler);
    // A handler added after the initial list still hears about every cached object.
    if (this.started) for (const obj of this.cache.values()) handler.add?.(obj);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const { items, resourceVersion } = this.client.list<T>(this.resource, this.selection);
    for (const obj of items) this.cache.set(metaKey(obj), obj);
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
    return this.cache.get(namespace ? `${namespace}/${name}` : name);
  }

  /** Cached objects, optionally in one namespace and matching a predicate, in key order. */
  list(namespace?: string, predicate?: (obj: T) => boolean): T[] {
    const out: T[] = [];
    for (const obj of this.cache.values()) {
      if (namespace !== undefined && obj.metadata.namespace !== namespace) continue;
      if (predicate && !predicate(obj)) continue;
      out.push(obj);
    }
    return out.sort((a, b) => (metaKey(a) < metaKey(b) ? -1 : metaKey(a) > metaKey(b) ? 1 : 0));
  }

  private onEvent(ev: WatchEvent): void {
    const obj = ev.object as T;
    const key = metaKey(obj);
    const old = this.cache.get(key);
    if (ev.type === 'DELETED') {
      this.cache.delete(key);
      for (const h of this.handlers) h.delete?.(obj);
      return;
    }
    this.cache.set(key, obj);
    for (const h of this.handlers) {
      if (old) h.update?.(old, obj);
      else h.add?.(obj);
    }
  }
}
