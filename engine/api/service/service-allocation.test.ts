import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { KubeObject } from '../../apimachinery/object.ts';
import { SeededRandom } from '../../random/seeded-random.ts';
import { ServiceAllocation } from './service-allocation.ts';

const svc = (name: string, spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec });
const spec = (o: KubeObject) => o.spec as { clusterIP?: string; clusterIPs?: string[]; ports?: { nodePort?: number }[] };

test('automatic ClusterIPs come from the upper band; explicit ones anywhere in range', () => {
  const alloc = new ServiceAllocation(new SeededRandom(1));
  const a = svc('a', { ports: [{ port: 80 }] });
  alloc.allocateCreate(a);
  const last = Number(spec(a).clusterIP!.split('.').slice(2).reduce((n, o) => n * 256 + Number(o), 0));
  expect(spec(a).clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
  expect(last).toBeGreaterThan(256);
  const b = svc('b', { clusterIP: '10.96.0.10', ports: [{ port: 80 }] });
  alloc.allocateCreate(b);
  expect(spec(b).clusterIPs).toEqual(['10.96.0.10']);
});

test('conflicts and out-of-range requests are refused with the API server\'s messages', () => {
  const alloc = new ServiceAllocation(new SeededRandom(1));
  alloc.allocateCreate(svc('a', { clusterIP: '10.96.0.10' }));
  expect(() => alloc.allocateCreate(svc('b', { clusterIP: '10.96.0.10' }))).toThrow(
    'Service "b" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated');
  expect(() => alloc.allocateCreate(svc('c', { clusterIP: '10.0.0.5' }))).toThrow(
    'failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12');
  expect(() => alloc.allocateCreate(svc('d', { type: 'NodePort', ports: [{ port: 80, nodePort: 40000 }] }))).toThrow(
    'Service "d" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767');
  alloc.allocateCreate(svc('e', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }));
  expect(() => alloc.allocateCreate(svc('f', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }))).toThrow(
    'spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated');
});

test('a refused Service releases what it claimed; headless and ExternalName get no IP', () => {
  const alloc = new ServiceAllocation(new SeededRandom(1));
  alloc.allocateCreate(svc('taken', { type: 'NodePort', ports: [{ port: 81, nodePort: 30081 }] }));
  expect(() => alloc.allocateCreate(svc('x', { type: 'NodePort', clusterIP: '10.96.0.20', ports: [{ port: 81, nodePort: 30081 }] }))).toThrow('already allocated');
  alloc.allocateCreate(svc('y', { clusterIP: '10.96.0.20' }));
  const headless = svc('h', { clusterIP: 'None' });
  alloc.allocateCreate(headless);
  expect(spec(headless).clusterIPs).toEqual(['None']);
  const ext = svc('e', { type: 'ExternalName', externalName: 'db.example.com' });
  alloc.allocateCreate(ext);
  expect(spec(ext).clusterIP).toBeUndefined();
});

test('property: automatic NodePorts are unique, in range, from the upper band first', () => {
  fc.assert(fc.property(fc.integer(), fc.integer({ min: 1, max: 200 }), (seed, n) => {
    const alloc = new ServiceAllocation(new SeededRandom(seed));
    const ports = new Set<number>();
    for (let i = 0; i < n; i++) {
      const s = svc(`s${i}`, { type: 'NodePort', ports: [{ port: 80 }] });
      alloc.allocateCreate(s);
      ports.add(spec(s).ports![0]!.nodePort!);
    }
    expect(ports.size).toBe(n);
    for (const p of ports) expect(p >= 30086 && p <= 32767).toBe(true);
  }), { numRuns: 30 });
});
