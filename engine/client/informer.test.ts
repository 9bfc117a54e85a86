import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { ApiServer } from '../api/api-server.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import { VirtualClock } from '../clock/virtual-clock.ts';
import { Journal } from '../journal/journal.ts';
import { SeededRandom } from '../random/seeded-random.ts';
import { ObjectStore } from '../store/object-store.ts';
import { ApiClient } from './api-client.ts';
import { Informer } from './informer.ts';

function setup(): { clock: VirtualClock; client: ApiClient; store: ObjectStore } {
  const clock = new VirtualClock();
  const store = new ObjectStore();
  const api = new ApiServer({ store, clock, random: new SeededRandom(1), journal: new Journal(() => clock.nowMs(), 't') });
  const client = new ApiClient(api, 'test');
  for (const ns of ['a', 'b']) client.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  return { clock, client, store };
}

const configMap = (ns: string, name: string, team: string): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: ns, name, labels: { team } }, data: { k: name } });
const byTeam = (o: KubeObject): readonly string[] => [o.metadata.labels?.['team'] ?? ''];
const names = (objs: KubeObject[]): string[] => objs.map((o) => `${o.metadata.namespace}/${o.metadata.name}`);

test('lists by namespace and by index in key order, and an update moves an object between index values', () => {
  const { clock, client } = setup();
  const informer = new Informer(client, 'configmaps');
  informer.addIndexer('team', byTeam);
  informer.start();
  client.create('configmaps', configMap('b', 'z', 'red'));
  client.create('configmaps', configMap('a', 'y', 'red'));
  client.create('configmaps', configMap('a', 'x', 'blue'));
  clock.runDue();
  expect(names(informer.list())).toEqual(['a/x', 'a/y', 'b/z']);
  expect(names(informer.list('a'))).toEqual(['a/x', 'a/y']);
  expect(names(informer.byIndex('team', 'red'))).toEqual(['a/y', 'b/z']);
  client.update('configmaps', { ...client.get<KubeObject>('configmaps', 'a', 'y'), metadata: { namespace: 'a', name: 'y', labels: { team: 'blue' } } });
  clock.runDue();
  expect(names(informer.byIndex('team', 'red'))).toEqual(['b/z']);
  expect(names(informer.byIndex('team', 'blue'))).toEqual(['a/x', 'a/y']);
  expect(() => informer.byIndex('nope', 'x')).toThrow('index with name nope does not exist');
});

test('an indexer added after start indexes what is already cached', () => {
  const { clock, client } = setup();
  client.create('configmaps', configMap('a', 'x', 'blue'));
  const informer = new Informer(client, 'configmaps');
  informer.start();
  clock.runDue();
  informer.addIndexer('team', byTeam);
  expect(names(informer.byIndex('team', 'blue'))).toEqual(['a/x']);
});

type Op = { kind: 'put' | 'delete'; ns: 'a' | 'b'; name: string; team: string };
const op = fc.record({
  kind: fc.constantFrom<'put' | 'delete'>('put', 'put', 'delete'),
  ns: fc.constantFrom<'a' | 'b'>('a', 'b'),
  name: fc.constantFrom('p', 'q', 'r', 's'),
  team: fc.constantFrom('red', 'blue', 'green'),
});

test('property: after any writes, the cache lists exactly what the store holds, per namespace and per index value', () => {
  fc.assert(fc.property(fc.array(op, { maxLength: 40 }), (ops: Op[]) => {
    const { clock, client, store } = setup();
    const informer = new Informer(client, 'configmaps');
    informer.addIndexer('team', byTeam);
    informer.start();
    for (const o of ops) {
      const existing = store.get('configmaps', o.ns, o.name);
      if (o.kind === 'delete') { if (existing) client.delete('configmaps', o.ns, o.name); continue; }
      if (existing) client.update('configmaps', { ...configMap(o.ns, o.name, o.team), metadata: { ...configMap(o.ns, o.name, o.team).metadata, resourceVersion: existing.metadata.resourceVersion! } });
      else client.create('configmaps', configMap(o.ns, o.name, o.team));
      if (o.name === 'p') clock.runDue(); // deliver some batches mid-way
    }
    clock.runDue();
    const stored = store.list('configmaps').items;
    expect(names(informer.list())).toEqual(names(stored));
    for (const ns of ['a', 'b']) {
      expect(names(informer.list(ns))).toEqual(names(stored.filter((s) => s.metadata.namespace === ns)));
      // forEach walks the same objects in the same order, without a list.
      const walked: KubeObject[] = [];
      informer.forEach(ns, (obj) => walked.push(obj));
      expect(names(walked)).toEqual(names(informer.list(ns)));
    }
    for (const team of ['red', 'blue', 'green']) {
      expect(names(informer.byIndex('team', team))).toEqual(names(stored.filter((s) => s.metadata.labels?.['team'] === team)));
    }
  }), { seed: 7, numRuns: 100 });
});
