// The EventCorrelator's aggregation step for the legacy (core/v1) event recorder: events of one
// source about one object with the same type and reason but different messages are counted per
// 10-minute window; from the 10th distinct message on, the event is written as one aggregate
// Event `(combined from similar events): <message>` whose count and message follow the latest one.
// Models staging/src/k8s.io/client-go/tools/record/events_cache.go → EventAggregator.EventAggregate,
// EventAggregatorByReasonFunc, EventAggregatorByReasonMessageFunc (defaultAggregateMaxEvents 10,
// defaultAggregateIntervalInSeconds 600), in a 4096-entry LRU as upstream. sets.String.PopAny
// drops an arbitrary message once the set is full; here the oldest one, a deterministic choice.

import { LruCache } from './lru-cache.ts';

export const AGGREGATE_MAX_EVENTS = 10;
export const AGGREGATE_INTERVAL_MS = 600_000;
export const AGGREGATE_MESSAGE_PREFIX = '(combined from similar events): ';

interface AggregateRecord {
  /** Distinct messages seen in the window, oldest first. */
  localKeys: string[];
  lastMs: number;
}

export type Aggregation = { aggregated: false } | { aggregated: true; message: string };

export class EventAggregator {
  private readonly records = new LruCache<AggregateRecord>();

  /** `aggregateKey` groups the events (source, object, type, reason); `message` is the local key. */
  aggregate(aggregateKey: string, message: string, nowMs: number): Aggregation {
    let record = this.records.get(aggregateKey);
    if (record === undefined || nowMs - record.lastMs > AGGREGATE_INTERVAL_MS) {
      // Made with its first message ([] then push would reserve room for 17: every kubelet keeps
      // one record per pod and reason).
      const expired = record !== undefined;
      record = { localKeys: [message], lastMs: nowMs };
      if (expired) this.records.set(aggregateKey, record);
      else this.records.add(aggregateKey, record);
    } else { // the get made the kept record the most recently used, as the upstream Add of it would
      if (!record.localKeys.includes(message)) record.localKeys.push(message);
      record.lastMs = nowMs;
    }
    if (record.localKeys.length < AGGREGATE_MAX_EVENTS) return { aggregated: false };
    record.localKeys.shift();
    return { aggregated: true, message: AGGREGATE_MESSAGE_PREFIX + message };
  }
}
