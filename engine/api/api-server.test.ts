// The request pipeline's contract: Kubernetes' error wording, generated names, generation
// bumps, no-op updates that write nothing, graceful pod deletion, finalizers and watch replay.
import { test } from 'node:test';
import { expect } from 'expect';
import type { KubeObject } from '../apimachinery/object.ts';
import { VirtualClock } from '../clock/virtual-clock.ts';
import { Journal } from '../journal/journal.ts';
import { SeededRandom } from '../random/seeded-random.ts';
import { ObjectStore } from '../store/object-store.ts';
import { ApiServer } from './api-server.ts';
import type { WatchEvent } from './watch-dispatcher.ts';

function server(): { api: ApiServer; clock: VirtualClock; journal: Journal } {
  const clock = new VirtualClock();
  const journal = new Journal(() => clock.nowMs(), 'test');
  const api = new ApiServer({ store: new ObjectStore(), clock, random: new SeededRandom(7), journal });
  // What every cluster has before a client writes: the namespace and its default ServiceAccount
  // (NamespaceLifecycle and ServiceAccount admission require them).
  api.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }, { component: 'bootstrap' });
  api.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } }, { component: 'bootstrap' });
  return { api, clock, journal };
}
const as = { component: 'test' };
const deployment = (replicas: number): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
  spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
});

test('NotFound and AlreadyExists are worded like the API server', () => {
  const { api } = server();
  expect(() => api.get('deployments', 'default', 'web')).toThrow('deployments.apps "web" not found');
  api.create('deployments', deployment(1), as);
  expect(() => api.create('deployments', deployment(1), as)).toThrow('deployments.apps "web" already exists');
  expect(() => api.get('pods', 'default', 'x')).toThrow('pods "x" not found');
});

test('a stale resourceVersion gets the Conflict message', () => {
  const { api } = server();
  const created = api.create('deployments', deployment(1), as);
  api.update('deployments', { ...created, spec: { ...(created.spec as object), replicas: 2 } }, as);
  expect(() => api.update('deployments', { ...created, spec: { ...(created.spec as object), replicas: 3 } }, as)).toThrow(
    'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again');
});

test('generation starts at 1 and moves only with spec changes; a no-op update writes nothing', () => {
  const { api } = server();
  const created = api.create('deployments', deployment(1), as);
  expect(created.metadata.generation).toBe(1);
  const same = api.update('deployments', created, as);
  expect(same.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
  const labelled = api.update('deployments', { ...created, metadata: { ...created.metadata, labels: { a: 'b' } } }, as);
  expect(labelled.metadata.generation).toBe(1);
  const scaled = api.patch('deployments', 'default', 'web', 'merge', { spec: { replicas: 4 } }, as);
  expect(scaled.metadata.generation).toBe(2);
  const status = api.update('deployments', { ...scaled, status: { replicas: 4 } }, { ...as, subresource: 'status' });
  expect(status.metadata.generation).toBe(2);
  expect(status.status).toEqual({ replicas: 4 });
});

test('generateName appends 5 characters from the Kubernetes alphabet', () => {
  const { api } = server();
  const pod = api.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'web-', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } }, as);
  expect(pod.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  expect(pod.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' }); // PrepareForCreate's status
});

test('a bound pod is deleted gracefully; an unbound one at once', () => {
  const { api, clock } = server();
  const pod = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } });
  api.create('pods', pod('a'), as);
  api.create('pods', pod('b'), as);
  api.subresources.bind('default', 'a', 'node-1', as);
  expect(() => api.subresources.bind('default', 'a', 'node-2', as)).toThrow('Operation cannot be fulfilled on pods/binding "a": pod a is already assigned to node "node-1"');
  clock.advance(5000);
  const marked = api.delete('pods', 'default', 'a', {}, as);
  expect(marked.metadata.deletionTimestamp).toBe('2025-01-01T00:00:35Z');
  expect(marked.metadata.deletionGracePeriodSeconds).toBe(30);
  api.delete('pods', 'default', 'a', { gracePeriodSeconds: 0 }, as);
  expect(() => api.get('pods', 'default', 'a')).toThrow('not found');
  api.delete('pods', 'default', 'b', {}, as);
  expect(() => api.get('pods', 'default', 'b')).toThrow('not found');
});

test('finalizers hold a deleted object until the last one is removed', () => {
  const { api } = server();
  api.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default', finalizers: ['example.com/hold'] } }, as);
  const marked = api.delete('configmaps', 'default', 'c', { propagationPolicy: 'Foreground' }, as);
  expect(marked.metadata.finalizers).toEqual(['example.com/hold', 'foregroundDeletion']);
  api.patch('configmaps', 'default', 'c', 'merge', { metadata: { finalizers: null } }, as);
  expect(() => api.get('configmaps', 'default', 'c')).toThrow('configmaps "c" not found');
});

test('watches are delivered on the clock, filtered by label selector, and replay from a resourceVersion', () => {
  const { api, clock } = server();
  const seen: string[] = [];
  const cm = (name: string, app: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', labels: { app } } });
  const first = api.create('configmaps', cm('a', 'web'), as);
  api.watch('configmaps', { labelSelector: 'app=web', resourceVersion: '0' }, 'w', (e: WatchEvent) => seen.push(`${e.type} ${e.object.metadata.name ?? ''}`));
  api.create('configmaps', cm('b', 'db'), as);
  api.create('configmaps', cm('c', 'web'), as);
  expect(seen).toEqual([]);
  clock.runDue();
  expect(seen).toEqual(['ADDED c']);
  const replay: string[] = [];
  api.watch('configmaps', { resourceVersion: first.metadata.resourceVersion }, 'w2', (e) => replay.push(e.object.metadata.name ?? ''));
  clock.runDue();
  expect(replay).toEqual(['b', 'c']);
});

test('every write is journaled with its component and resourceVersion', () => {
  const { api, journal } = server();
  api.create('deployments', deployment(2), { component: 'kubectl' });
  // The last line: the two bootstrap writes (namespace, ServiceAccount) took revisions 1 and 2.
  expect(journal.toNdjson().trimEnd().split('\n').at(-1)).toBe('{"t":0,"time":"2025-01-01T00:00:00Z","scenario":"test","component":"kubectl","verb":"create","kind":"Deployment","namespace":"default","name":"web","rv":"3","detail":{"replicas":2,"statusReplicas":0,"updatedReplicas":0,"readyReplicas":0,"availableReplicas":0}}');
});

test('GET of /status answers the whole object; a kind without the subresource has no such path', () => {
  const { api } = server();
  const created = api.create('deployments', deployment(2), as);
  expect(api.subresources.getStatus('deployments', 'default', 'web')).toEqual(created);
  expect(() => api.subresources.getStatus('deployments', 'default', 'nope')).toThrow('deployments.apps "nope" not found');
  api.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' } }, as);
  expect(() => api.subresources.getStatus('configmaps', 'default', 'c')).toThrow('the server could not find the requested resource');
});
