// The load balancer pool and allocations: first free address in order, released on type change.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Service } from 'kubernetes-types/core/v1';
import { firstFree, inPool } from './ip-pool.ts';
import { desiredStatusIp, LoadBalancerAllocations } from './service-lb-controller.ts';

const lb = (ip?: string): Service => ({ spec: { type: 'LoadBalancer' }, ...(ip ? { status: { loadBalancer: { ingress: [{ ip }] } } } : {}) });

describe('ip pool', () => {
  it('hands out the lowest free address and nothing past .250', () => {
    expect(firstFree(new Set())).toBe('172.18.255.200');
    expect(firstFree(new Set(['172.18.255.200', '172.18.255.202']))).toBe('172.18.255.201');
    const all = new Set(Array.from({ length: 51 }, (_, i) => `172.18.255.${200 + i}`));
    expect(firstFree(all)).toBeUndefined();
    expect([inPool('172.18.255.199'), inPool('172.18.255.200'), inPool('172.18.255.250'), inPool('172.18.255.251')]).toEqual([false, true, true, false]);
  });

  it('never hands out a used address (property)', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 200, max: 250 })), (used) => {
      const set = new Set(used.map((n) => `172.18.255.${n}`));
      const ip = firstFree(set);
      return ip === undefined ? set.size === 51 : !set.has(ip) && inPool(ip);
    }));
  });
});

describe('LoadBalancerAllocations', () => {
  it('allocates in order, keeps an address per Service and frees it when the type changes', () => {
    const a = new LoadBalancerAllocations();
    expect(desiredStatusIp(lb(), a, 'default/a')).toBe('172.18.255.200');
    expect(desiredStatusIp(lb(), a, 'default/b')).toBe('172.18.255.201');
    expect(desiredStatusIp(lb(), a, 'default/a')).toBe('172.18.255.200');
    expect(desiredStatusIp({ spec: { type: 'ClusterIP' } }, a, 'default/a')).toBeUndefined();
    expect(desiredStatusIp(lb(), a, 'default/c')).toBe('172.18.255.200');
  });

  it('adopts addresses already in status (a restarted controller)', () => {
    const a = new LoadBalancerAllocations();
    a.observe('default/old', lb('172.18.255.200'));
    expect(desiredStatusIp(lb(), a, 'default/new')).toBe('172.18.255.201');
  });
});
