// Watch delivery, the role of the apiserver's watch cache (k8s.io/apiserver/pkg/storage/cacher):
// store events are filtered per watcher (namespace, label and field selector) and delivered
// asynchronously on the virtual clock, one 'work' task per watcher batch, in revision order.
// So a client's view lags the store exactly as an informer's does. Leaves out bookmarks.
import type { VirtualClock, TaskHandle } from '../clock/virtual-clock.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import type { ObjectStore, StoreEvent, WatchEventType } from '../store/object-store.ts';
import { selectionPredicate, type ListOptions } from './list-options.ts';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

export type WatchHandler = (event: WatchEvent) => void;

export interface WatchOptions extends ListOptions {
  /** Revision to watch from; events after it are replayed. Default: now. */
  resourceVersion?: string | undefined;
}

export class WatchDispatcher {
  constructor(private readonly store: ObjectStore, private readonly clock: VirtualClock) {}

  watch(resource: string, opts: WatchOptions, owner: string, handler: WatchHandler): () => void {
    const matches = selectionPredicate(opts);
    const inNamespace = (o: KubeObject): boolean => opts.namespace === undefined || o.metadata.namespace === opts.namespace;
    const buffer: WatchEvent[] = [];
    let flush: TaskHandle | undefined;
    let stopped = false;
    const deliver = (): void => {
      flush = undefined;
      for (const ev of buffer.splice(0)) {
        if (stopped) return;
        handler(ev);
      }
    };
    const from = opts.resourceVersion !== undefined && opts.resourceVersion !== '' && opts.resourceVersion !== '0'
      ? Number(opts.resourceVersion) : this.store.currentRevision();
    const cancel = this.store.watch(resource, from, (ev: StoreEvent) => {
      const event = translate(ev, (o) => inNamespace(o) && matches(o));
      if (!event) return;
      buffer.push(event);
      flush ??= this.clock.schedule(0, owner, deliver, 'work');
    });
    return () => {
      stopped = true;
      cancel();
      this.clock.cancel(flush);
    };
  }
}

/**
 * A store event as a watcher with a selector sees it: an object that starts matching is ADDED,
 * one that stops matching is DELETED (as the cacher's filtering does).
 */
function translate(ev: StoreEvent, matches: (o: KubeObject) => boolean): WatchEvent | undefined {
  const now = matches(ev.object);
  if (ev.type !== 'MODIFIED' || !ev.prevObject) return now ? { type: ev.type, object: ev.object } : undefined;
  const before = matches(ev.prevObject);
  if (now && before) return { type: 'MODIFIED', object: ev.object };
  if (now) return { type: 'ADDED', object: ev.object };
  if (before) return { type: 'DELETED', object: ev.object };
  return undefined;
}
