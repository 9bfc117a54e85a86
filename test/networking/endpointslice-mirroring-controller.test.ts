// The EndpointSlice mirroring controller inside a whole cluster, asserting the API actions it
// takes (as the journal records them) and the slices it writes: custom Endpoints of a
// selector-less Service mirrored on create, updated in place, deleted with the Endpoints;
// nothing for selector Services or Endpoints labelled skip-mirror (like default/kubernetes).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { Cluster } from '../../engine/cluster.ts';
import type { KubeObject } from '../../engine/apimachinery/object.ts';

const actions = (cluster: Cluster): string[] => cluster.journal.entries()
  .filter((e) => e.component === 'endpointslicemirroring-controller').map((e) => `${e.verb} ${e.kind ?? ''}`);

const endpoints = (name: string, ip: string, labels: Record<string, string> = {}): KubeObject => ({
  apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace: 'default', labels },
  subsets: [{ addresses: [{ ip }], notReadyAddresses: [{ ip: '10.9.9.9' }], ports: [{ name: 'http', port: 8000, protocol: 'TCP' }] }],
});

const mirrored = (cluster: Cluster, name: string): EndpointSlice[] => cluster.client.list<EndpointSlice>('endpointslices',
  { namespace: 'default', labelSelector: `kubernetes.io/service-name=${name},endpointslice.kubernetes.io/managed-by=endpointslicemirroring-controller.k8s.io` }).items;

describe('endpointslice mirroring controller in a cluster', () => {
  it('mirrors custom Endpoints through create, update and delete', () => {
    const cluster = new Cluster({ seed: 1 });
    cluster.client.create('services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext', namespace: 'default' }, spec: { ports: [{ port: 80 }] } });
    cluster.client.create('endpoints', endpoints('ext', '10.1.2.3', { team: 'a' }));
    cluster.settle();
    const [slice] = mirrored(cluster, 'ext');
    expect(slice?.endpoints).toEqual([
      { addresses: ['10.1.2.3'], conditions: { ready: true } },
      { addresses: ['10.9.9.9'], conditions: { ready: false } },
    ]);
    expect(slice?.ports).toEqual([{ name: 'http', port: 8000, protocol: 'TCP' }]);
    expect(slice?.metadata?.labels).toEqual({ team: 'a', 'kubernetes.io/service-name': 'ext', 'endpointslice.kubernetes.io/managed-by': 'endpointslicemirroring-controller.k8s.io' });
    const current = cluster.client.get<KubeObject>('endpoints', 'default', 'ext');
    cluster.client.update('endpoints', { ...endpoints('ext', '10.2.3.4', { team: 'a' }), metadata: current.metadata });
    cluster.settle();
    expect(mirrored(cluster, 'ext').map((s) => s.endpoints[0]?.addresses)).toEqual([['10.2.3.4']]);
    cluster.client.delete('endpoints', 'default', 'ext');
    cluster.settle();
    expect(mirrored(cluster, 'ext')).toEqual([]);
    expect(actions(cluster)).toEqual(['create EndpointSlice', 'update EndpointSlice', 'delete EndpointSlice']);
  });

  it('leaves skip-mirror Endpoints and selector Services alone', () => {
    const cluster = new Cluster({ seed: 2 });
    cluster.client.create('services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'skip', namespace: 'default' }, spec: { ports: [{ port: 80 }] } });
    cluster.client.create('endpoints', endpoints('skip', '10.1.2.3', { 'endpointslice.kubernetes.io/skip-mirror': 'true' }));
    cluster.client.create('services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'sel', namespace: 'default' }, spec: { selector: { app: 'x' }, ports: [{ port: 80 }] } });
    cluster.settle();
    expect(mirrored(cluster, 'skip')).toEqual([]);
    expect(mirrored(cluster, 'sel')).toEqual([]);
    expect(mirrored(cluster, 'kubernetes')).toEqual([]);
    expect(actions(cluster)).toEqual([]);
  });
});
