import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { getReplicaSetProportion, planProportionalScale, roundToInt32 } from './proportional.ts';
import { deployment, replicaSet } from './test-fixtures.ts';

const maxAnn = (n: number, desired = 10) => ({ 'deployment.kubernetes.io/max-replicas': String(n), 'deployment.kubernetes.io/desired-replicas': String(desired) });
const plan = (...args: Parameters<typeof planProportionalScale>) => planProportionalScale(...args).filter((a) => a.from !== a.to).map((a) => `${a.rs.metadata?.name} ${a.from}->${a.to}`);

describe('proportional scaling (sync.go scale)', () => {
  it('docs example: 10 -> 15 mid-rollout, old 8 / new 5 become 11 / 7', () => {
    const d = deployment('web', { replicas: 15, maxSurge: 3, maxUnavailable: 2 });
    const old = replicaSet('web-old', { replicas: 8, createdAtS: 0, annotations: maxAnn(13) });
    const fresh = replicaSet('web-new', { replicas: 5, available: 0, createdAtS: 30, annotations: maxAnn(13) });
    expect(plan(d, fresh, [old])).toEqual(['web-old 8->11', 'web-new 5->7']);
  });
  it('scaling down removes from the largest first, older on ties', () => {
    const d = deployment('web', { replicas: 5, maxSurge: 1, maxUnavailable: 0 });
    const old = replicaSet('web-old', { replicas: 6, createdAtS: 0, annotations: maxAnn(11) });
    const fresh = replicaSet('web-new', { replicas: 5, createdAtS: 30, annotations: maxAnn(11) });
    // allowed 6, toAdd -5: old round(6*6/11=3.27)-6 = -3, new round(5*6/11=2.73)-5 = -2
    expect(plan(d, fresh, [old])).toEqual(['web-old 6->3', 'web-new 5->3']);
  });
  it('a single active RS takes the full size', () => {
    const d = deployment('web', { replicas: 7 });
    expect(plan(d, replicaSet('web-new', { replicas: 3 }), [replicaSet('web-old', { replicas: 0 })])).toEqual(['web-new 3->7']);
  });
  it('a saturated new RS scales every old one to 0', () => {
    const d = deployment('web', { replicas: 4 });
    const fresh = replicaSet('web-new', { replicas: 4, available: 4, createdAtS: 30, annotations: maxAnn(5, 4) });
    const old = replicaSet('web-old', { replicas: 1, createdAtS: 0 });
    expect(plan(d, fresh, [old])).toEqual(['web-old 1->0']);
  });
  it('scaling to 0 takes each RS whole', () => {
    const d = deployment('web', { replicas: 0 });
    const old = replicaSet('web-old', { replicas: 2, createdAtS: 0, annotations: maxAnn(5) });
    const fresh = replicaSet('web-new', { replicas: 3, createdAtS: 30, annotations: maxAnn(5) });
    expect(plan(d, fresh, [old])).toEqual(['web-new 3->0', 'web-old 2->0']);
  });
  it('RoundToInt32 rounds half away from zero', () => {
    expect([roundToInt32(2.5), roundToInt32(-2.5), roundToInt32(2.49), roundToInt32(-0.5)]).toEqual([3, -3, 2, -1]);
  });
  it('proportion is 0 when nothing is left to add', () => {
    expect(getReplicaSetProportion(replicaSet('a', { replicas: 3 }), deployment('web', { replicas: 4 }), 2, 2)).toBe(0);
  });
  it('property: after scaling, the active RS sizes sum to replicas + maxSurge', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 3 }),
      (oldSize, newSize, target, surge) => {
        const before = oldSize + newSize;
        const d = deployment('web', { replicas: target, maxSurge: surge, maxUnavailable: 1 });
        const old = replicaSet('web-old', { replicas: oldSize, createdAtS: 0, annotations: maxAnn(before) });
        const fresh = replicaSet('web-new', { replicas: newSize, available: 0, createdAtS: 30, annotations: maxAnn(before) });
        const sizes = new Map([['web-old', oldSize], ['web-new', newSize]]);
        for (const a of planProportionalScale(d, fresh, [old])) sizes.set(a.rs.metadata?.name ?? '', a.to);
        const total = [...sizes.values()].reduce((x, y) => x + y, 0);
        expect(total).toBe(target + surge);
        for (const v of sizes.values()) expect(v).toBeGreaterThanOrEqual(0);
      }));
  });
});

describe('annotation refresh', () => {
  it('the rolling branch sends every active RS, unchanged sizes included, so desired-replicas follows', () => {
    const d = deployment('web', { replicas: 11, maxSurge: 1, maxUnavailable: 0 });
    const old = replicaSet('web-old', { replicas: 1, createdAtS: 0, annotations: maxAnn(11) });
    const fresh = replicaSet('web-new', { replicas: 10, available: 0, createdAtS: 30, annotations: maxAnn(11) });
    // allowed 12, toAdd 1: new round(10*12/11=10.9)-10 = 1, old gets 0 but is still refreshed
    expect(planProportionalScale(d, fresh, [old]).map((a) => [a.rs.metadata?.name, a.from, a.to, a.refresh])).toEqual([['web-new', 10, 11, true], ['web-old', 1, 1, true]]);
  });
});
