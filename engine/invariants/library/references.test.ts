// Named cases for the reference invariants: owners of any stored kind matched by UID, and a
// bound pod's node.
import { test } from 'node:test';
import { expect } from 'expect';
import type { KubeObject } from '../../apimachinery/object.ts';
import { ReplayedState } from '../cluster-state.ts';
import { boundPodNodeExists, ownerReferencesResolve } from './references.ts';

let rev = 0;
function state(objects: [string, KubeObject][]): ReplayedState {
  const s = new ReplayedState();
  for (const [resource, object] of objects) s.apply({ type: 'ADDED', resource, key: `${object.metadata.namespace ?? ''}/${object.metadata.name ?? ''}`, object, revision: ++rev }, 0);
  return s;
}
const owned = (kind: string, name: string, ownerUid: string): KubeObject => ({
  apiVersion: 'v1', kind, metadata: { name, namespace: 'default', uid: `${name}-uid`, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: ownerUid }] },
});
const deployment: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default', uid: 'd1' } };

test('owner-references-resolve: an owner of any kind is found by UID; a missing one is named, for a ConfigMap too', () => {
  expect(ownerReferencesResolve.check(state([['deployments', deployment], ['configmaps', owned('ConfigMap', 'cfg', 'd1')]]))).toEqual([]);
  expect(ownerReferencesResolve.check(state([['deployments', deployment], ['configmaps', owned('ConfigMap', 'cfg', 'd0')], ['secrets', owned('Secret', 's', 'd1')]])))
    .toEqual([{ invariant: 'owner-references-resolve', message: 'ConfigMap cfg names missing owner Deployment/web (uid d0)', objects: ['ConfigMap/default/cfg'] }]);
});

test('bound-pod-node-exists names a pod bound to a node that is gone', () => {
  const pod = (name: string, node: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName: node } });
  const node: KubeObject = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' } };
  expect(boundPodNodeExists.check(state([['nodes', node], ['pods', pod('a', 'node-1')], ['pods', pod('b', 'node-2')]])).map((v) => v.message))
    .toEqual(['pod b is bound to missing node node-2']);
});
