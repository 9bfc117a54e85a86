import { test } from 'node:test';
import { expect } from 'expect';
import type { Pod, Service } from 'kubernetes-types/core/v1';
import { desiredSubsets } from './desired-endpoints.ts';

const service = (extra: Partial<Service['spec']> = {}): Service => ({
  metadata: { name: 'web', namespace: 'default' },
  spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], ...extra },
});
const pod = (name: string, ip: string, ready: boolean, port?: number, extra: Partial<Pod['metadata']> = {}): Pod => ({
  metadata: { name, namespace: 'default', uid: `uid-${name}`, labels: { app: 'web' }, ...extra },
  spec: { nodeName: 'node-1', containers: [{ name: 'web', ...(port ? { ports: [{ name: 'http', containerPort: port }] } : {}) }] },
  status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

test('ready pods go to addresses, not-ready to notReadyAddresses; named ports resolve per pod', () => {
  const subsets = desiredSubsets(service(), [pod('b', '10.244.1.10', true, 8080), pod('a', '10.244.1.9', false, 8080), pod('c', '10.244.1.2', true, 9090), pod('d', '10.244.1.3', true)]);
  expect(subsets.map((s) => ({ ready: s.addresses?.map((a) => a.ip), notReady: s.notReadyAddresses?.map((a) => a.ip), ports: s.ports }))).toEqual([
    { ready: ['10.244.1.10'], notReady: ['10.244.1.9'], ports: [{ name: 'http', port: 8080, protocol: 'TCP' }] },
    { ready: ['10.244.1.2'], notReady: undefined, ports: [{ name: 'http', port: 9090, protocol: 'TCP' }] },
  ]);
});

test('terminating pods are dropped unless publishNotReadyAddresses, which lists every pod as ready', () => {
  const pods = [pod('a', '10.244.1.2', true, 8080, { deletionTimestamp: '2025-01-01T00:00:30Z' }), pod('b', '10.244.1.3', false, 8080)];
  expect(desiredSubsets(service(), pods).map((s) => [s.addresses?.length, s.notReadyAddresses?.length])).toEqual([[undefined, 1]]);
  expect(desiredSubsets(service({ publishNotReadyAddresses: true }), pods).map((s) => s.addresses?.map((a) => a.ip))).toEqual([['10.244.1.2', '10.244.1.3']]);
});
