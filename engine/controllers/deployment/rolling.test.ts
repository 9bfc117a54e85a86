import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { maxSurge, maxUnavailable } from './fenceposts.ts';
import { rsReplicas } from './replica-sets.ts';
import { cleanupUnhealthyReplicas, newRSNewReplicas, planRollingStep, reconcileOldReplicaSets } from './rolling.ts';
import { deployment, replicaSet } from './test-fixtures.ts';

const sizes = (step: ReturnType<typeof planRollingStep>) =>
  step.kind === 'idle' ? [] : step.actions.map((a) => `${a.rs.metadata?.name} ${a.from}->${a.to}`);

describe('rolling update step (rolling.go)', () => {
  const d = deployment('web', { replicas: 10 });
  it('first step: new RS 0 -> 3 (maxTotal 13)', () => {
    const old = replicaSet('web-old', { replicas: 10, createdAtS: 0 });
    const fresh = replicaSet('web-new', { replicas: 0, createdAtS: 10 });
    expect(newRSNewReplicas(d, [old, fresh], fresh)).toBe(3);
    expect(planRollingStep(d, fresh, [old])).toEqual({ kind: 'scaled-up', actions: [expect.objectContaining({ from: 0, to: 3 })] });
  });
  it('second step: maxScaledDown = 13 - 8 - 3 = 2, old 10 -> 8', () => {
    const old = replicaSet('web-old', { replicas: 10, createdAtS: 0 });
    const fresh = replicaSet('web-new', { replicas: 3, available: 0, createdAtS: 10 });
    expect(sizes(planRollingStep(d, fresh, [old]))).toEqual(['web-old 10->8']);
  });
  it('nothing to do when the budget is used up', () => {
    const old = replicaSet('web-old', { replicas: 8, createdAtS: 0 });
    const fresh = replicaSet('web-new', { replicas: 5, available: 0, createdAtS: 10 });
    expect(planRollingStep(d, fresh, [old])).toEqual({ kind: 'idle' });
  });
  it('new RS larger than replicas is scaled down to replicas first', () => {
    const fresh = replicaSet('web-new', { replicas: 12, createdAtS: 10 });
    expect(sizes(planRollingStep(d, fresh, []))).toEqual(['web-new 12->10']);
  });
  it('3 replicas 25%/25%: surge 1, unavailable 0 -> one at a time', () => {
    const d3 = deployment('web', { replicas: 3 });
    const old = replicaSet('web-old', { replicas: 3, createdAtS: 0 });
    const fresh = replicaSet('web-new', { replicas: 1, available: 0, createdAtS: 10 });
    expect(planRollingStep(d3, fresh, [old])).toEqual({ kind: 'idle' });
    const ready = replicaSet('web-new', { replicas: 1, available: 1, createdAtS: 10 });
    expect(sizes(planRollingStep(d3, ready, [old]))).toEqual(['web-old 3->2']);
  });
});

describe('cleanupUnhealthyReplicas', () => {
  it('scales the oldest unhealthy RS down by its unavailable pods within the budget', () => {
    const a = replicaSet('a', { replicas: 4, available: 1, createdAtS: 0 });
    const b = replicaSet('b', { replicas: 3, available: 0, createdAtS: 5 });
    const r = cleanupUnhealthyReplicas([b, a], 4);
    expect(r.actions.map((x) => [x.rs.metadata?.name, x.from, x.to])).toEqual([['a', 4, 1], ['b', 3, 2]]);
    expect(r.scaledDown).toBe(4);
  });
  it('healthy old RSes are left to the scale-down pass', () => {
    const d = deployment('web', { replicas: 4, maxUnavailable: 1, maxSurge: 1 });
    const old = replicaSet('old', { replicas: 4, createdAtS: 0 });
    const fresh = replicaSet('new', { replicas: 1, available: 1, createdAtS: 9 });
    expect(reconcileOldReplicaSets(d, [old, fresh], [old], fresh).map((a) => a.to)).toEqual([2]);
  });
});

/** A toy world: pods appear unavailable, become available when the environment says so. */
function simulate(d: Deployment, readyChoices: number[]): { violations: string[]; done: boolean } {
  const replicas = d.spec?.replicas ?? 1;
  const surge = maxSurge(d), unavailable = maxUnavailable(d);
  let old: ReplicaSet = replicaSet('old', { replicas, createdAtS: 0 });
  let fresh: ReplicaSet = replicaSet('new', { replicas: 0, available: 0, createdAtS: 60 });
  const apply = (rs: ReplicaSet, to: number): ReplicaSet => {
    const available = Math.min(rs.status?.availableReplicas ?? 0, to); // the RS deletes unavailable pods first
    return { ...rs, spec: { ...rs.spec!, replicas: to }, status: { replicas: to, availableReplicas: available, readyReplicas: available } };
  };
  const violations: string[] = [];
  const check = (when: string) => {
    const total = rsReplicas(old) + rsReplicas(fresh);
    const avail = (old.status?.availableReplicas ?? 0) + (fresh.status?.availableReplicas ?? 0);
    if (total > replicas + surge) violations.push(`${when}: total ${total} > ${replicas}+${surge}`);
    if (avail < replicas - unavailable) violations.push(`${when}: available ${avail} < ${replicas}-${unavailable}`);
  };
  let choice = 0;
  for (let i = 0; i < 500; i++) {
    const step = planRollingStep(d, fresh, [old]);
    if (step.kind !== 'idle') {
      for (const a of step.actions) {
        if (a.rs.metadata?.name === 'old') old = apply(old, a.to); else fresh = apply(fresh, a.to);
      }
      check(`after controller step ${i}`);
      continue;
    }
    const missing = rsReplicas(fresh) - (fresh.status?.availableReplicas ?? 0);
    if (missing === 0 && rsReplicas(old) === 0) return { violations, done: rsReplicas(fresh) === replicas };
    const k = Math.max(1, Math.min(missing, readyChoices[choice++ % Math.max(1, readyChoices.length)] ?? missing));
    fresh = { ...fresh, status: { ...fresh.status!, availableReplicas: (fresh.status?.availableReplicas ?? 0) + k } };
    check(`after ${k} pods became available`);
  }
  return { violations, done: false };
}

describe('property: a simulated rollout respects maxSurge and maxUnavailable', () => {
  const intOrPercent = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 100 }).map((p) => `${p}%`));
  it('total <= replicas + maxSurge and available >= replicas - maxUnavailable at every step, and it completes', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), intOrPercent, intOrPercent, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 }),
      (replicas, s, u, ready) => {
        fc.pre(!(s === 0 && u === 0)); // rejected by validation
        const result = simulate(deployment('web', { replicas, maxSurge: s, maxUnavailable: u }), ready);
        expect(result.violations).toEqual([]);
        expect(result.done).toBe(true);
      }), { numRuns: 300 });
  });
});
