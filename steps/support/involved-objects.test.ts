// Tests how the failure attachment picks the objects a failing step involved: the refs read from
// step text, doc strings and journal windows (named cases), and owners/dependents (property:
// every pick is followed by all it owns, and nothing is listed twice).
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { KubeObject } from '../../engine/apimachinery/object.ts';
import { resourceByPlural } from '../../engine/api/registry.ts';
import { involvedObjects, refsInDocString, refsInJournal, refsInText, resolveRef, type Found } from './involved-objects.ts';

function found(resource: string, name: string, uid: string, owner?: string, labels?: Record<string, string>): Found {
  const type = resourceByPlural(resource);
  if (!type) throw new Error(resource);
  const ownerReferences = owner ? [{ apiVersion: 'v1', kind: 'X', name: owner, uid: owner, controller: true }] : undefined;
  const object: KubeObject = { apiVersion: 'v1', kind: type.kind, metadata: { name, namespace: 'default', uid, ...(ownerReferences ? { ownerReferences } : {}), ...(labels ? { labels } : {}) } };
  return { type, object };
}

const WORLD: Found[] = [
  found('deployments', 'web', 'd1'),
  found('replicasets', 'web-abc', 'r1', 'd1'),
  found('pods', 'web-abc-2', 'p2', 'r1', { app: 'web' }),
  found('pods', 'web-abc-1', 'p1', 'r1', { app: 'web' }),
  found('services', 'web', 's1'),
  found('endpointslices', 'web-x1', 'e1', 's1'),
  found('pods', 'api', 'p3', undefined, { app: 'api' }),
];
const names = (list: readonly Found[]): string[] => list.map((f) => `${f.type.kind}/${f.object.metadata.name ?? ''}`);

test('refs in step text: kind before the quote, kind/name words, label selectors; commands and prose are not names', () => {
  expect(refsInText('the deployment "web" has 4 available replicas')).toEqual([{ kind: 'Deployment', name: 'web' }]);
  expect(refsInText('the output is "pod/other"')).toEqual([{ kind: 'Pod', name: 'other' }]);
  expect(refsInText('I run "kubectl rollout status deployment/web --timeout=5s"')).toEqual([{ kind: 'Deployment', name: 'web' }]);
  expect(refsInText('there are 2 pods labelled "app=web"')).toEqual([{ selector: { app: 'web' } }]);
  expect(refsInText('the container "c" of pod "api" is running')).toEqual([{ kind: undefined, name: 'c' }, { kind: 'Pod', name: 'api' }]);
  expect(refsInText('the output is "Scaled up replica set"')).toEqual([]);
});

test('refs in a doc string: each manifest and List item; unreadable YAML gives none', () => {
  expect(refsInDocString('apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: team}\n---\napiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: Service, metadata: {name: s}}\n'))
    .toEqual([{ kind: 'Pod', namespace: 'team', name: 'a' }, { kind: 'Service', namespace: undefined, name: 's' }]);
  expect(refsInDocString('metadata: [')).toEqual([]);
  expect(refsInDocString(undefined)).toEqual([]);
});

test('refs in a journal window: writes and events once each, without heartbeats, bookkeeping and the API server\'s own writes; stepsOnly keeps the steps\' own writes', () => {
  const window = [
    { component: 'kube-apiserver', verb: 'create', kind: 'Service', namespace: 'default', name: 'kubernetes' },
    { component: 'kubectl', verb: 'create', kind: 'Deployment', namespace: 'default', name: 'web' },
    { component: 'kubelet/node-1', verb: 'update', kind: 'Lease', namespace: 'kube-node-lease', name: 'node-1' },
    { component: 'deployment-controller', verb: 'update', kind: 'Deployment', namespace: 'default', name: 'web' },
    { component: 'replicaset-controller', verb: 'event', kind: 'ReplicaSet', namespace: 'default', name: 'web-abc' },
    { component: 'kubespec', verb: 'step' },
    { component: 'kubelet/node-1', verb: 'update', kind: 'Node', name: 'node-1' },
  ];
  expect(refsInJournal(window)).toEqual([
    { kind: 'Deployment', namespace: 'default', name: 'web' }, { kind: 'ReplicaSet', namespace: 'default', name: 'web-abc' },
  ]);
  expect(refsInJournal(window, true)).toEqual([{ kind: 'Deployment', namespace: 'default', name: 'web' }]);
});

test('a ref resolves by kind and name, else by name in any kind but the bookkeeping ones', () => {
  expect(names(resolveRef({ kind: 'Service', name: 'web' }, WORLD))).toEqual(['Service/web']);
  expect(names(resolveRef({ kind: 'Pod', name: 'web' }, WORLD))).toEqual(['Deployment/web', 'Service/web']);
  expect(names(resolveRef({ selector: { app: 'web' } }, WORLD))).toEqual(['Pod/web-abc-2', 'Pod/web-abc-1']);
  expect(names(resolveRef({ name: 'gone' }, WORLD))).toEqual([]);
});

test('owners come first (top down), then the seed, then what it owns sorted by kind and name', () => {
  expect(names(involvedObjects([WORLD[2] as Found], WORLD))).toEqual(['Deployment/web', 'ReplicaSet/web-abc', 'Pod/web-abc-2']);
  expect(names(involvedObjects([WORLD[0] as Found, WORLD[4] as Found], WORLD)))
    .toEqual(['Deployment/web', 'ReplicaSet/web-abc', 'Pod/web-abc-1', 'Pod/web-abc-2', 'Service/web', 'EndpointSlice/web-x1']);
});

test('property: each seed brings its owner chain and everything it owns, and no object is listed twice', () => {
  const uidOf = (f: Found): string => f.object.metadata.uid ?? '';
  const ownerOf = (f: Found): Found | undefined => WORLD.find((o) => uidOf(o) === f.object.metadata.ownerReferences?.[0]?.uid);
  const owned = (f: Found): Found[] => WORLD.filter((c) => ownerOf(c) === f).flatMap((c) => [c, ...owned(c)]);
  fc.assert(fc.property(fc.subarray(WORLD, { minLength: 1 }), (seeds) => {
    const uids = involvedObjects(seeds, WORLD).map(uidOf);
    expect(new Set(uids).size).toBe(uids.length);
    for (const seed of seeds) {
      for (let o = ownerOf(seed); o; o = ownerOf(o)) expect(uids).toContain(uidOf(o));
      for (const c of owned(seed)) expect(uids).toContain(uidOf(c));
    }
  }));
});
