// The composition root honours kube-controller-manager's --controllers: the controllers left
// out never start, and their part of the work never happens.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { Cluster } from '../../../engine/cluster.ts';

describe('Cluster with --controllers', () => {
  it('runs no ReplicaSet controller when it is left out: the ReplicaSet is made, no pods', () => {
    const cluster = new Cluster({ seed: 1, controllers: ['*', '-replicaset-controller'] });
    cluster.addNode({ name: 'node-1' });
    cluster.client.create('deployments', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
    });
    cluster.settle();
    expect(cluster.client.list('replicasets', { namespace: 'default' }).items).toHaveLength(1);
    expect(cluster.client.list('pods', { namespace: 'default' }).items).toHaveLength(0);
  });

  it('refuses an unknown controller before anything starts', () => {
    expect(() => new Cluster({ seed: 1, controllers: ['*', 'bogus-controller'] })).toThrow('"bogus-controller" is not in the list of known controllers');
  });
});
