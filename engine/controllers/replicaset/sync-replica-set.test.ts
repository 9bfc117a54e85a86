import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { ControllerExpectations } from './expectations.ts';
import { FakeClient, FakeRecorder } from './fake-client.ts';
import { REPLICA_SET_KIND, type ReplicatedLike } from './replicated-kind.ts';
import { syncReplicaSet, type ReplicaSetSyncDeps } from './sync-replica-set.ts';
import { pod } from './test-pods.ts';

function setup(replicas: number, pods: Pod[] = []) {
  const client = new FakeClient();
  const rs: ReplicaSet = {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name: 'web', namespace: 'default', uid: 'uid-web', generation: 1 },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'nginx' }] } } },
    status: { replicas: pods.length },
  };
  client.seed('replicasets', rs as never);
  client.seed('pods', ...(pods as never[]));
  const recorder = new FakeRecorder();
  const deps: ReplicaSetSyncDeps = {
    kind: REPLICA_SET_KIND, client, recorder, expectations: new ControllerExpectations(), nowMs: () => 60_000,
    owners: client.cache<ReplicatedLike>('replicasets'), pods: client.cache<Pod>('pods'),
  };
  return { client, recorder, deps };
}

describe('syncReplicaSet', () => {
  it('creates the missing pods in slow-start batches, then writes status', () => {
    const { client, recorder, deps } = setup(3);
    syncReplicaSet(deps, 'default/web');
    expect(client.actions).toEqual([
      'create pods default/web-00001', 'create pods default/web-00002', 'create pods default/web-00003',
      'updateStatus replicasets default/web',
    ]);
    expect(recorder.events).toEqual(['Normal SuccessfulCreate web: Created pod: web-00001', 'Normal SuccessfulCreate web: Created pod: web-00002', 'Normal SuccessfulCreate web: Created pod: web-00003']);
  });
  it('waits for expectations before acting again', () => {
    const { client, deps } = setup(3);
    deps.expectations.expectCreations('default/web', 3, 60_000);
    syncReplicaSet(deps, 'default/web');
    expect(client.actions).toEqual(['updateStatus replicasets default/web']);
  });
  it('a failed create stops the batch: FailedCreate event, ReplicaFailure condition, error thrown', () => {
    const { client, recorder, deps } = setup(5);
    let n = 0;
    client.failCreate = () => (++n >= 2 ? new Error('pods "web-x" is forbidden: exceeded quota: pods, requested: pods=1, used: pods=1, limited: pods=1') : undefined);
    expect(() => syncReplicaSet(deps, 'default/web')).toThrow('exceeded quota');
    expect(client.actions).toEqual(['create pods default/web-00001', 'create pods default/web-00002 (failed)', 'create pods default/web-00003 (failed)', 'updateStatus replicasets default/web']);
    expect(recorder.events[1]).toBe('Warning FailedCreate web: Error creating: pods "web-x" is forbidden: exceeded quota: pods, requested: pods=1, used: pods=1, limited: pods=1');
    const stored = client.get<ReplicaSet>('replicasets', 'default', 'web');
    expect(stored.status?.conditions?.[0]).toMatchObject({ type: 'ReplicaFailure', reason: 'FailedCreate' });
    expect(deps.expectations.satisfied('default/web', 60_000)).toBe(false); // one success still expected
  });
  it('deletes the best-ranked victims', () => {
    const owned = (name: string, o: Parameters<typeof pod>[1] = {}) => pod(name, { owner: 'web', node: 'n1', ...o });
    const { client, recorder, deps } = setup(1, [owned('a'), owned('b', { ready: false }), owned('c', { node: '' })]);
    syncReplicaSet(deps, 'default/web');
    expect(client.actions).toEqual(['delete pods default/c', 'delete pods default/b', 'updateStatus replicasets default/web']);
    expect(recorder.events).toEqual(['Normal SuccessfulDelete web: Deleted pod: c', 'Normal SuccessfulDelete web: Deleted pod: b']);
  });
  it('adopts matching orphans and releases relabelled pods', () => {
    const { client, deps } = setup(1, [pod('orphan'), pod('moved', { owner: 'web', labels: { app: 'other' } })]);
    syncReplicaSet(deps, 'default/web');
    expect(client.actions).toEqual([
      'patch pods default/moved strategic {"metadata":{"ownerReferences":[{"$patch":"delete","uid":"uid-web"}],"uid":"uid-moved"}}',
      'patch pods default/orphan strategic {"metadata":{"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web","uid":"uid-web","controller":true,"blockOwnerDeletion":true}],"uid":"uid-orphan"}}',
      'updateStatus replicasets default/web',
    ]);
  });
  it('a second sync with nothing to change writes nothing', () => {
    const { client, deps } = setup(1, [pod('a', { owner: 'web', node: 'n1' })]);
    syncReplicaSet(deps, 'default/web');
    client.actions.length = 0;
    syncReplicaSet(deps, 'default/web');
    expect(client.actions).toEqual([]);
  });
});
