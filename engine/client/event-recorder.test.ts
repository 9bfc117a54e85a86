import { test } from 'node:test';
import { expect } from 'expect';
import type { Event } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../apimachinery/object.ts';
import { ApiServer } from '../api/api-server.ts';
import { VirtualClock } from '../clock/virtual-clock.ts';
import { Journal } from '../journal/journal.ts';
import { SeededRandom } from '../random/seeded-random.ts';
import { ObjectStore } from '../store/object-store.ts';
import { ApiClient } from './api-client.ts';
import { EventRecorder } from './event-recorder.ts';

function setup(aggregate?: boolean): { client: ApiClient; clock: VirtualClock; journal: Journal; recorder: EventRecorder; rs: KubeObject } {
  const clock = new VirtualClock();
  const journal = new Journal(() => clock.nowMs(), 'test');
  const api = new ApiServer({ store: new ObjectStore(), clock, random: new SeededRandom(3), journal });
  const client = new ApiClient(api, 'test');
  client.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } } as KubeObject);
  const rs = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web', namespace: 'default', uid: 'u-1', resourceVersion: '5' } } as KubeObject;
  const recorder = new EventRecorder(new ApiClient(api, 'replicaset-controller'), clock, journal, { component: 'replicaset-controller' },
    aggregate === undefined ? {} : { aggregate });
  return { client, clock, journal, recorder, rs };
}
const events = (client: ApiClient): Event[] => client.list<Event>('events', { namespace: 'default' }).items;

test('a repeat bumps count and lastTimestamp of the same Event', () => {
  const { client, clock, recorder, rs } = setup();
  recorder.event(rs, 'Normal', 'SuccessfulCreate', 'Created pod: web-a');
  clock.advance(3000);
  recorder.event(rs, 'Normal', 'SuccessfulCreate', 'Created pod: web-a');
  expect(events(client).map((e) => [e.count, e.firstTimestamp, e.lastTimestamp, e.message]))
    .toEqual([[2, '2025-01-01T00:00:00Z', '2025-01-01T00:00:03Z', 'Created pod: web-a']]);
});

test('ten similar events: nine as they are, then one combined Event that counts and carries the latest message', () => {
  const { client, clock, journal, recorder, rs } = setup();
  for (let i = 0; i < 12; i++) { recorder.event(rs, 'Warning', 'FailedCreate', `Error creating: pod ${i}`); clock.advance(1000); }
  const all = events(client);
  expect(all).toHaveLength(10);
  const combined = all.filter((e) => e.message?.startsWith('(combined from similar events): '));
  expect(combined.map((e) => [e.count, e.message, e.firstTimestamp, e.lastTimestamp, e.reportingComponent, e.source?.component]))
    .toEqual([[3, '(combined from similar events): Error creating: pod 11', '2025-01-01T00:00:09Z', '2025-01-01T00:00:11Z', '', 'replicaset-controller']]);
  expect(journal.entries().filter((e) => e.verb === 'event').map((e) => e.message).slice(8))
    .toEqual(['Error creating: pod 8', ...[9, 10, 11].map((i) => `(combined from similar events): Error creating: pod ${i}`)]);
});

test('a recorder standing in for events.k8s.io does not aggregate', () => {
  const { client, recorder, rs } = setup(false);
  for (let i = 0; i < 12; i++) recorder.event(rs, 'Warning', 'FailedScheduling', `0/${i} nodes are available`);
  expect(events(client).filter((e) => e.message?.startsWith('(combined'))).toEqual([]);
  expect(events(client)).toHaveLength(12);
});
