// Watch delivery, the role of the apiserver's watch cache (k8s.io/apiserver/pkg/storage/cacher):
// store events are filtered per watcher (namespace, label and field selector) and delivered
// asynchronously on the virtual clock, one 'work' task per watcher batch, in revision order.
// So a client's view lags the store exactly as an informer's does. Watches by node
// (`spec.nodeName=<node>`, every kubelet's pod watch) are indexed by node, as the cacher's
// indexers do, so a pod write wakes only the kubelets of its node. Leaves out bookmarks.
import type { VirtualClock, TaskHandle } from '../clock/virtual-clock.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import type { ObjectStore, StoreEvent, WatchEventType } from '../store/object-store.ts';
import { selectionPredicate, type ListOptions } from './list-options.ts';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
  /** The store key of the object (`namespace/name`, `/name` when cluster-scoped). */
  key: string;
}

export type WatchHandler = (event: WatchEvent) => void;

export interface WatchOptions extends ListOptions {
  /** Revision to watch from; events after it are replayed. Default: now. */
  resourceVersion?: string | undefined;
}

type Sink = (ev: StoreEvent) => void;

const NODE_SELECTOR = /^spec\.nodeName=([^,!=]*)$/;

const nodeOf = (o: KubeObject | undefined): string | undefined => (o?.spec as { nodeName?: string } | undefined)?.nodeName;

export class WatchDispatcher {
  /** resource → node name → sinks of watches selecting that node. */
  private readonly byNode = new Map<string, Map<string, Set<Sink>>>();

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
    // A watch of the whole resource sees every store event as it is (a store event has the
    // fields of a watch event), so it gets the shared event instead of a copy per watcher.
    const unfiltered = opts.namespace === undefined && !opts.labelSelector && !opts.fieldSelector;
    const selected = (o: KubeObject): boolean => inNamespace(o) && matches(o);
    const sink: Sink = (ev) => {
      const event = unfiltered ? ev : translate(ev, selected);
      if (!event) return;
      buffer.push(event);
      flush ??= this.clock.schedule(0, owner, deliver, 'work');
    };
    const node = opts.labelSelector ? undefined : NODE_SELECTOR.exec(opts.fieldSelector ?? '')?.[1];
    const cancel = node !== undefined ? this.watchByNode(resource, node, from, sink) : this.store.watch(resource, from, sink);
    return () => {
      stopped = true;
      cancel();
      this.clock.cancel(flush);
    };
  }

  private watchByNode(resource: string, node: string, from: number, sink: Sink): () => void {
    for (const ev of this.store.eventsBetween(from)) if (ev.resource === resource) sink(ev);
    let index = this.byNode.get(resource);
    if (!index) {
      const nodes = new Map<string, Set<Sink>>();
      this.byNode.set(resource, (index = nodes));
      this.store.watch(resource, this.store.currentRevision(), (ev) => {
        const now = nodeOf(ev.object);
        const before = nodeOf(ev.prevObject);
        for (const sink of nodes.get(now ?? '') ?? []) sink(ev);
        if (before !== now) for (const sink of nodes.get(before ?? '') ?? []) sink(ev);
      });
    }
    let sinks = index.get(node);
    if (!sinks) index.set(node, (sinks = new Set()));
    sinks.add(sink);
    const set = sinks;
    return () => set.delete(sink);
  }
}

/**
 * A store event as a watcher with a selector sees it: an object that starts matching is ADDED,
 * one that stops matching is DELETED (as the cacher's filtering does).
 */
function translate(ev: StoreEvent, matches: (o: KubeObject) => boolean): WatchEvent | undefined {
  const now = matches(ev.object);
  if (ev.type !== 'MODIFIED' || !ev.prevObject) return now ? { type: ev.type, object: ev.object, key: ev.key } : undefined;
  const before = matches(ev.prevObject);
  if (now && before) return { type: 'MODIFIED', object: ev.object, key: ev.key };
  if (now) return { type: 'ADDED', object: ev.object, key: ev.key };
  if (before) return { type: 'DELETED', object: ev.object, key: ev.key };
  return undefined;
}
