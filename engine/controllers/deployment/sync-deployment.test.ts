import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { FakeClient, FakeRecorder } from '../replicaset/fake-client.ts';
import type { DeploymentSyncDeps } from './deps.ts';
import { computeHash } from './pod-template-hash.ts';
import { syncDeployment } from './sync-deployment.ts';
import { deployment, replicaSet } from './test-fixtures.ts';
import { clone } from '../../apimachinery/object.ts';

function setup(d: Deployment, ...rss: ReplicaSet[]) {
  const client = new FakeClient();
  client.seed('deployments', d as never);
  client.seed('replicasets', ...(rss as never[]));
  const recorder = new FakeRecorder();
  const deps: DeploymentSyncDeps = {
    client, recorder, nowMs: () => 10_000,
    deployments: client.cache<Deployment>('deployments'), replicaSets: client.cache<ReplicaSet>('replicasets'), pods: client.cache<Pod>('pods'),
  };
  return { client, recorder, deps };
}

describe('syncDeployment', () => {
  it('a new Deployment creates its ReplicaSet at full size (nothing old to respect), then writes status', () => {
    const d = deployment('web', { replicas: 3, progressDeadlineSeconds: 600 });
    const hash = computeHash(d.spec?.template, undefined);
    const { client, recorder, deps } = setup(d);
    expect(syncDeployment(deps, 'default/web')).toEqual({ requeue: 'none' });
    expect(client.actions).toEqual([
      `create replicasets default/web-${hash}`,
      'updateStatus deployments default/web',
      'updateStatus deployments default/web',
    ]);
    expect(recorder.events).toEqual([`Normal ScalingReplicaSet web: Scaled up replica set web-${hash} from 0 to 3`]);
    const rs = client.get<ReplicaSet>('replicasets', 'default', `web-${hash}`);
    expect(rs.metadata?.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1', 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4' });
    expect(rs.spec?.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    const stored = client.get<Deployment>('deployments', 'default', 'web');
    expect(stored.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(stored.status?.conditions?.map((c) => `${c.type}=${c.status} ${c.reason}`)).toEqual(['Progressing=True NewReplicaSetCreated', 'Available=False MinimumReplicasUnavailable']);
  });

  it('a template change starts a rolling update: new RS gets the surge, old RS gives up maxUnavailable', () => {
    const d = deployment('web', { replicas: 4, image: 'nginx:1.28' });
    const d0 = deployment('web', { replicas: 4 });
    const ownedBy = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-web', controller: true };
    const old = replicaSet('web-old', { replicas: 4, revision: 1, annotations: { 'deployment.kubernetes.io/desired-replicas': '4', 'deployment.kubernetes.io/max-replicas': '5' } });
    old.metadata!.ownerReferences = [ownedBy];
    old.spec!.template = clone(d0.spec!.template!);
    old.spec!.selector = { matchLabels: { app: 'web' } };
    const { client, recorder, deps } = setup(d, old);
    syncDeployment(deps, 'default/web');
    const hash = computeHash(d.spec?.template, undefined);
    // Same sync: the new RS already holds the surge, so the old one gives up maxUnavailable (1).
    expect(client.actions).toEqual([`create replicasets default/web-${hash}`, 'updateStatus deployments default/web', 'update replicasets default/web-old', 'updateStatus deployments default/web']);
    expect(recorder.events).toEqual([`Normal ScalingReplicaSet web: Scaled up replica set web-${hash} from 0 to 1`, 'Normal ScalingReplicaSet web: Scaled down replica set web-old from 4 to 3']);
    expect(client.get<ReplicaSet>('replicasets', 'default', `web-${hash}`).metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
  });

  it('an empty selector gets the SelectingAll warning and nothing else', () => {
    const d = deployment('web');
    d.spec!.selector = {};
    const { client, recorder, deps } = setup(d);
    syncDeployment(deps, 'default/web');
    expect(recorder.events).toEqual(['Warning SelectingAll web: This deployment is selecting all pods. A non-empty selector is required.']);
    expect(client.actions).toEqual(['updateStatus deployments default/web']);
  });

  it('legacy rollback annotation: copies the revision\'s template, clears the annotation, records DeploymentRollback', () => {
    const d = deployment('web', { replicas: 2, image: 'nginx:1.28' });
    d.metadata!.annotations = { 'deprecated.deployment.rollback.to': '1', 'deployment.kubernetes.io/revision': '2' };
    const ownedBy = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-web', controller: true };
    const v1 = replicaSet('web-v1', { replicas: 0, revision: 1, createdAtS: 0 });
    v1.metadata!.ownerReferences = [ownedBy];
    v1.spec!.template = clone(deployment('web').spec!.template!);
    v1.spec!.selector = { matchLabels: { app: 'web' } };
    const v2 = replicaSet('web-v2', { replicas: 2, revision: 2, createdAtS: 10 });
    v2.metadata!.ownerReferences = [ownedBy];
    v2.spec!.template = clone(d.spec!.template!);
    v2.spec!.selector = { matchLabels: { app: 'web' } };
    const { client, recorder, deps } = setup(d, v1, v2);
    syncDeployment(deps, 'default/web');
    // FoundNewReplicaSet is recorded first (no Progressing condition yet), then the rollback update.
    expect(client.actions).toEqual(['updateStatus deployments default/web', 'update deployments default/web']);
    expect(recorder.events).toEqual(['Normal DeploymentRollback web: Rolled back deployment "web" to revision 1']);
    const stored = client.get<Deployment>('deployments', 'default', 'web');
    expect(stored.spec?.template?.spec?.containers[0]?.image).toBe('nginx:1.27');
    expect(stored.metadata?.annotations).toEqual({ 'deployment.kubernetes.io/revision': '2' });
  });
});
