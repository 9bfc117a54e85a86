// The simulated load balancer controller inside a whole cluster, asserting the API actions it
// takes (as the journal records them): status writes with the pool address, the cloud provider's
// EnsuringLoadBalancer/EnsuredLoadBalancer events, and the address given back on a type change.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { Cluster } from '../../engine/cluster.ts';
import type { KubeObject } from '../../engine/apimachinery/object.ts';

const service = (name: string, type: string): KubeObject => ({
  apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' },
  spec: { type, selector: { app: name }, ports: [{ port: 80 }] },
});

function actions(cluster: Cluster): string[] {
  return cluster.journal.entries().filter((e) => e.component === 'service-lb-controller')
    .map((e) => `${e.verb} ${e.kind ?? ''} ${e.namespace ? `${e.namespace}/` : ''}${e.name ?? ''}${e.reason ? ` ${e.reason}` : ''}`);
}

const ingressOf = (cluster: Cluster, name: string): unknown =>
  cluster.client.get<{ status?: { loadBalancer?: unknown } }>('services', 'default', name).status?.loadBalancer;

describe('service-lb controller in a cluster', () => {
  it('gives each LoadBalancer the first free pool address and records the cloud provider\'s events', () => {
    const cluster = new Cluster({ seed: 3 });
    cluster.client.create('services', service('a', 'LoadBalancer'));
    cluster.client.create('services', service('plain', 'ClusterIP'));
    cluster.client.create('services', service('b', 'LoadBalancer'));
    cluster.settle();
    expect(ingressOf(cluster, 'a')).toEqual({ ingress: [{ ip: '172.18.255.200', ipMode: 'VIP' }] });
    expect(ingressOf(cluster, 'b')).toEqual({ ingress: [{ ip: '172.18.255.201', ipMode: 'VIP' }] });
    expect(ingressOf(cluster, 'plain')).toEqual({});
    expect(actions(cluster)).toEqual([
      'event Service default/a EnsuringLoadBalancer', 'update Service default/a', 'event Service default/a EnsuredLoadBalancer',
      'event Service default/b EnsuringLoadBalancer', 'update Service default/b', 'event Service default/b EnsuredLoadBalancer',
    ]);
  });

  it('clears the status when the type changes and hands the address out again', () => {
    const cluster = new Cluster({ seed: 4 });
    cluster.client.create('services', service('a', 'LoadBalancer'));
    cluster.settle();
    const a = cluster.client.get<KubeObject & { spec: { type: string; ports: { port: number; nodePort?: number }[] } }>('services', 'default', 'a');
    cluster.client.update('services', { ...a, spec: { ...a.spec, type: 'ClusterIP', ports: [{ port: 80 }] } });
    cluster.settle();
    expect(ingressOf(cluster, 'a')).toEqual({});
    cluster.client.create('services', service('c', 'LoadBalancer'));
    cluster.settle();
    expect(ingressOf(cluster, 'c')).toEqual({ ingress: [{ ip: '172.18.255.200', ipMode: 'VIP' }] });
  });
});
