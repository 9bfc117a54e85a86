// The event recorder (client-go/tools/record/event.go + events_cache.go EventCorrelator):
// writes core/v1 Event objects for an involved object; a repeat of the same
// (object, type, reason, message, source) bumps count and lastTimestamp on the existing Event
// instead of creating a new one, and many similar events are combined (event-aggregator.ts).
// Event names are `<object name>.<hex unix nanos>` as makeEvent does. Every event is journaled
// (verb 'event') with the message as written. Both caches are 4096-entry LRUs, as client-go's.
// Leaves out the spam filter.
import type { Event, ObjectReference } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../apimachinery/object.ts';
import { formatTimestamp, VIRTUAL_EPOCH_UNIX_MS } from '../clock/timestamp.ts';
import type { VirtualClock } from '../clock/virtual-clock.ts';
import type { Journal } from '../journal/journal.ts';
import type { ApiClient } from './api-client.ts';
import { isStatusError } from '../api/errors.ts';
import { EventAggregator } from './event-aggregator.ts';
import { LruCache } from './lru-cache.ts';

export type EventType = 'Normal' | 'Warning';

export interface RecorderOptions {
  /** The EventCorrelator's aggregation (legacy recorder); off for a recorder standing in for events.k8s.io. */
  aggregate?: boolean;
}

export class EventRecorder {
  /** events_cache.go → eventLogger's cache: the Event last written for each event key. */
  private readonly seen = new LruCache<{ namespace: string; name: string }>();
  private readonly aggregator: EventAggregator | undefined;
  private lastNanos = 0n;
  /** The Events' source, the same for every Event of this recorder (the server copies it in). */
  private readonly eventSource: { component: string; host?: string };

  constructor(private readonly client: ApiClient, private readonly clock: VirtualClock, private readonly journal: Journal,
    private readonly source: { component: string; host?: string }, options: RecorderOptions = {}) {
    this.aggregator = options.aggregate === false ? undefined : new EventAggregator();
    this.eventSource = { component: source.component, ...(source.host ? { host: source.host } : {}) };
  }

  event(obj: KubeObject, type: EventType, reason: string, original: string, fieldPath?: string): void {
    const involved = referenceTo(obj, fieldPath);
    const namespace = obj.metadata.namespace ?? 'default';
    // EventAggregatorByReasonFunc: source, involved object, type, reason, reporting controller and
    // instance. The source, controller and instance are this recorder's own, the same in every key
    // of its caches, so they are left out of the keys (shorter to build, hash and keep).
    // A recorder without aggregation (the events.k8s.io stand-in) needs no aggregate key.
    const aggregateKey = this.aggregator === undefined ? ''
      : [involved.kind, involved.namespace ?? '', involved.name, involved.uid, involved.apiVersion, type, reason].join('\u0000');
    const combined = this.aggregator?.aggregate(aggregateKey, original, this.clock.nowMs()) ?? { aggregated: false };
    const message = combined.aggregated ? combined.message : original;
    this.journal.record({
      component: this.source.component, verb: 'event', kind: obj.kind, name: obj.metadata.name ?? '',
      ...(obj.metadata.namespace !== undefined ? { namespace: obj.metadata.namespace } : {}), reason, message, type,
    });
    // getEventKey for a plain event (less the recorder's own source); the aggregate Event is found
    // again by its aggregate key.
    const key = combined.aggregated ? `aggregate\u0000${aggregateKey}`
      : [involved.uid, involved.fieldPath ?? '', type, reason, message].join('\u0000');
    const now = formatTimestamp(this.clock.nowMs());
    const existing = this.seen.get(key);
    if (existing) {
      try {
        const ev = this.client.get<Event>('events', existing.namespace, existing.name);
        // eventObserve's patch carries count, lastTimestamp and the (latest) message.
        this.client.update('events', { ...ev, count: (ev.count ?? 1) + 1, lastTimestamp: now, message });
        return;
      } catch {
        // The Event was deleted (e.g. deletecollection): record it afresh below.
      }
    }

    const event: Event = {
      apiVersion: 'v1', kind: 'Event', metadata: { namespace }, involvedObject: involved, reason, message, type,
      source: this.eventSource,
      firstTimestamp: now, lastTimestamp: now, count: 1, eventTime: null as unknown as string,
      // The aggregate copy EventAggregate builds carries no reporting controller or instance.
      reportingComponent: combined.aggregated ? '' : this.source.component, reportingInstance: combined.aggregated ? '' : this.source.host ?? '',
    };
    // Recorders of several components can stamp the same virtual nanosecond: move on past a taken name.
    for (let attempt = 0; attempt < 5; attempt++) {
      // Joined into one flat string: the name is kept by the Event and by the recorder's cache.
      const name = [obj.metadata.name ?? '', '.', this.nextNanos().toString(16)].join('');
      try {
        // The request is the recorder's own object (the server copies it), so it is reused.
        event.metadata = { name, namespace };
        this.client.create('events', event);
        // A miss above leaves the key absent; a hit whose Event was gone is replaced.
        if (existing === undefined) this.seen.add(key, { namespace, name });
        else this.seen.set(key, { namespace, name });
        return;
      } catch (e) {
        // Events are best effort, as in client-go: a refused Event (terminating namespace) is dropped.
        if (!isStatusError(e, 'AlreadyExists')) return;
      }
    }
  }

  /** Unix nanoseconds of the virtual now, strictly increasing so names never collide. */
  private nextNanos(): bigint {
    const nanos = BigInt(VIRTUAL_EPOCH_UNIX_MS + this.clock.nowMs()) * 1_000_000n;
    this.lastNanos = nanos > this.lastNanos ? nanos : this.lastNanos + 1n;
    return this.lastNanos;
  }
}

function referenceTo(obj: KubeObject, fieldPath?: string): ObjectReference {
  const ref: ObjectReference = {
    apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name ?? '', uid: obj.metadata.uid ?? '',
    resourceVersion: obj.metadata.resourceVersion ?? '',
  };
  if (obj.metadata.namespace !== undefined) ref.namespace = obj.metadata.namespace;
  if (fieldPath) ref.fieldPath = fieldPath;
  return ref;
}
