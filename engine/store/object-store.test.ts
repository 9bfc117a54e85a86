// Model-based test of the store against a plain Map: random sequences of create, update (with
// fresh or stale resourceVersions) and delete; after each, the store agrees with the model,
// resourceVersions strictly increase, and a watch from revision 0 replays exactly the writes.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { KubeObject } from '../apimachinery/object.ts';
import { ObjectStore, type StoreEvent } from './object-store.ts';
import { StoreError } from './store-error.ts';

interface Model {
  objects: Map<string, { data: number; rv: string }>;
  lastRv: number;
  writes: number;
}
interface Real {
  store: ObjectStore;
  seen: StoreEvent[];
}

const obj = (name: string, data: number, rv?: string): KubeObject => ({
  apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', ...(rv ? { resourceVersion: rv } : {}) }, data: { n: String(data) },
});

function checkRv(m: Model, rv: string | undefined): void {
  const n = Number(rv);
  expect(n).toBeGreaterThan(m.lastRv);
  m.lastRv = n;
  m.writes++;
}

class Create implements fc.Command<Model, Real> {
  constructor(readonly name: string, readonly data: number) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    if (m.objects.has(this.name)) {
      expect(() => r.store.create('configmaps', obj(this.name, this.data))).toThrow(StoreError);
      return;
    }
    const stored = r.store.create('configmaps', obj(this.name, this.data));
    checkRv(m, stored.metadata.resourceVersion);
    m.objects.set(this.name, { data: this.data, rv: stored.metadata.resourceVersion! });
  }
  toString = (): string => `create(${this.name}, ${this.data})`;
}

class Update implements fc.Command<Model, Real> {
  constructor(readonly name: string, readonly data: number, readonly stale: boolean) {}
  check = (m: Readonly<Model>): boolean => m.objects.has(this.name);
  run(m: Model, r: Real): void {
    const current = m.objects.get(this.name)!;
    const rv = this.stale ? String(Number(current.rv) - 1) : current.rv;
    if (this.stale) {
      expect(() => r.store.update('configmaps', obj(this.name, this.data), rv)).toThrow('is stale');
      return;
    }
    const stored = r.store.update('configmaps', obj(this.name, this.data), rv);
    checkRv(m, stored.metadata.resourceVersion);
    m.objects.set(this.name, { data: this.data, rv: stored.metadata.resourceVersion! });
  }
  toString = (): string => `update(${this.name}, ${this.data}, stale=${this.stale})`;
}

class Delete implements fc.Command<Model, Real> {
  constructor(readonly name: string) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    if (!m.objects.has(this.name)) {
      expect(() => r.store.delete('configmaps', 'default', this.name)).toThrow(StoreError);
      return;
    }
    const tomb = r.store.delete('configmaps', 'default', this.name);
    checkRv(m, tomb.metadata.resourceVersion);
    m.objects.delete(this.name);
  }
  toString = (): string => `delete(${this.name})`;
}

const names = fc.constantFrom('a', 'b', 'c');
const commands = [
  fc.tuple(names, fc.nat(9)).map(([n, d]) => new Create(n, d)),
  fc.tuple(names, fc.nat(9), fc.boolean()).map(([n, d, s]) => new Update(n, d, s)),
  names.map((n) => new Delete(n)),
];

test('model-based: the store agrees with a Map model and watches replay every write', () => {
  fc.assert(fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
    const real: Real = { store: new ObjectStore(), seen: [] };
    const model: Model = { objects: new Map(), lastRv: 0, writes: 0 };
    fc.modelRun(() => ({ model, real }), cmds);
    const listed = real.store.list('configmaps').items.map((o) => [o.metadata.name, Number((o.data as { n: string }).n)]);
    expect(listed).toEqual([...model.objects].sort(([a], [b]) => a.localeCompare(b)).map(([n, v]) => [n, v.data]));
    const replayed: StoreEvent[] = [];
    real.store.watch('configmaps', 0, (e) => replayed.push(e));
    expect(replayed).toHaveLength(model.writes);
    expect(replayed.map((e) => e.revision)).toEqual([...replayed.map((e) => e.revision)].sort((a, b) => a - b));
  }));
});

test('a watch from a compacted revision fails with Gone', () => {
  const store = new ObjectStore();
  store.create('configmaps', obj('a', 1));
  store.create('configmaps', obj('b', 1));
  store.compact(1);
  expect(() => store.watch('configmaps', 0, () => undefined)).toThrow('too old resource version: 0 (1)');
  const seen: string[] = [];
  store.watch('configmaps', 1, (e) => seen.push(e.object.metadata.name ?? ''));
  expect(seen).toEqual(['b']);
});

test('stored objects are frozen', () => {
  const store = new ObjectStore();
  const stored = store.create('configmaps', obj('a', 1));
  expect(() => { (stored.metadata as { name?: string }).name = 'x'; }).toThrow(TypeError);
});
