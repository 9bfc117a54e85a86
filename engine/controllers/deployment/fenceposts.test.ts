import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { maxSurge, maxUnavailable, minAvailable, resolveFenceposts } from './fenceposts.ts';
import { deployment } from './test-fixtures.ts';

describe('resolveFenceposts (worked examples of k8s-behaviour §1.2)', () => {
  const cases: [string, number, string | number, string | number, number, number][] = [
    ['10 replicas 25%/25%', 10, '25%', '25%', 3, 2],
    ['4 replicas 25%/25%', 4, '25%', '25%', 1, 1],
    ['3 replicas 25%/25%', 3, '25%', '25%', 1, 0],
    ['1 replica 25%/25%', 1, '25%', '25%', 1, 0],
    ['both round to 0 forces unavailable 1', 3, 0, '25%', 0, 1],
    ['absolute values', 10, 2, 5, 2, 5],
  ];
  for (const [name, replicas, s, u, surge, unavailable] of cases) {
    it(name, () => expect(resolveFenceposts(s, u, replicas)).toEqual([surge, unavailable]));
  }
  it('rejects a string that is not a percentage with Go\'s error', () => {
    expect(() => resolveFenceposts('5', 0, 10)).toThrow('invalid value for IntOrString: invalid type: string is not a percentage');
  });
});

describe('MaxUnavailable / MinAvailable / MaxSurge', () => {
  it('Recreate has no surge and no unavailability budget', () => {
    const d = deployment('web', { replicas: 5, strategy: 'Recreate' });
    expect([maxSurge(d), maxUnavailable(d), minAvailable(d)]).toEqual([0, 0, 5]);
  });
  it('caps maxUnavailable at replicas', () => {
    expect(maxUnavailable(deployment('web', { replicas: 2, maxUnavailable: 5, maxSurge: 0 }))).toBe(2);
  });
  it('0 replicas means 0 unavailable', () => {
    expect(maxUnavailable(deployment('web', { replicas: 0 }))).toBe(0);
  });
  it('property: never both zero, surge rounds up and unavailable rounds down', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (r, s, u) => {
      const [surge, unavailable] = resolveFenceposts(`${s}%`, `${u}%`, r);
      expect(surge + unavailable).toBeGreaterThan(0);
      if (surge !== 0 || unavailable !== 1) {
        expect(surge).toBe(Math.ceil((s * r) / 100));
        expect(unavailable).toBe(Math.floor((u * r) / 100));
      }
    }));
  });
});
