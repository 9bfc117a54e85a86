// The policy controllers inside a whole cluster, asserting the API actions they take (as the
// journal records them): the default ServiceAccount, quota status and replenishment, and the
// ordered namespace deletion. Complements the pure tests beside each controller.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { Cluster } from '../../engine/cluster.ts';
import type { KubeObject } from '../../engine/apimachinery/object.ts';

const pod = (name: string, namespace: string): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace },
  spec: { containers: [{ name: 'app', image: 'nginx', resources: { requests: { cpu: '100m' }, limits: { cpu: '100m' } } }] },
});

function actions(cluster: Cluster, component: string): string[] {
  return cluster.journal.entries().filter((e) => e.component === component).map((e) => `${e.verb} ${e.kind ?? ''} ${e.namespace ? `${e.namespace}/` : ''}${e.name ?? ''}`);
}

describe('policy controllers in a cluster', () => {
  it('creates the default ServiceAccount in every namespace, new ones included', () => {
    const cluster = new Cluster({ seed: 1 });
    cluster.client.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    cluster.settle();
    expect(actions(cluster, 'serviceaccount-controller')).toEqual([
      'create ServiceAccount default/default', 'create ServiceAccount kube-node-lease/default',
      'create ServiceAccount kube-public/default', 'create ServiceAccount kube-system/default', 'create ServiceAccount team/default',
    ]);
  });

  it('fills quota status, lets admission charge it, and gives usage back on delete', () => {
    const cluster = new Cluster({ seed: 2 });
    cluster.addNode({ name: 'node-1' });
    cluster.client.create('resourcequotas', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'default' }, spec: { hard: { pods: '2', 'requests.cpu': '1' } } });
    cluster.settle();
    cluster.client.create('pods', pod('a', 'default'));
    cluster.client.create('pods', pod('b', 'default'));
    expect(() => cluster.client.create('pods', pod('c', 'default')))
      .toThrow('pods "c" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2');
    cluster.client.delete('pods', 'default', 'a', { gracePeriodSeconds: 0 });
    cluster.settle();
    const q = cluster.client.get<{ status: { used: Record<string, string> } }>('resourcequotas', 'default', 'q');
    expect(q.status.used).toEqual({ pods: '1', 'requests.cpu': '100m' });
    expect(actions(cluster, 'resourcequota-controller')).toEqual(['update ResourceQuota default/q', 'update ResourceQuota default/q']);
  });

  it('deletes a namespace: content first, then the namespace itself', () => {
    const cluster = new Cluster({ seed: 3 });
    cluster.client.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    cluster.settle();
    cluster.client.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'team' } });
    cluster.client.delete('namespaces', undefined, 'team');
    expect(() => cluster.client.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late', namespace: 'team' } }))
      .toThrow('configmaps "late" is forbidden: unable to create new content in namespace team because it is being terminated');
    cluster.settle();
    expect(actions(cluster, 'namespace-controller')).toEqual([
      // The conditions update, then the finalize write that empties spec.finalizers removes the namespace.
      'delete ConfigMap team/c', 'delete ServiceAccount team/default', 'update Namespace team', 'delete Namespace team',
    ]);
  });
});
