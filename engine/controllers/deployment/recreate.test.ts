import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { planRecreateStep } from './recreate.ts';
import { deployment, replicaSet } from './test-fixtures.ts';

const pod = (phase: string): Pod => ({ metadata: { name: `p-${phase}` }, status: { phase } });

describe('Recreate (recreate.go)', () => {
  const d = deployment('web', { replicas: 3, strategy: 'Recreate' });
  it('scales old RSes to 0 first', () => {
    const step = planRecreateStep(d, undefined, [replicaSet('old', { replicas: 3 })], new Map());
    expect(step.kind === 'scaled-down-old' && step.actions.map((a) => [a.from, a.to])).toEqual([[3, 0]]);
  });
  it('waits while an old pod is Pending, Running or Unknown', () => {
    for (const phase of ['Pending', 'Running', 'Unknown']) {
      const old = replicaSet('old', { replicas: 0, statusReplicas: 0 });
      expect(planRecreateStep(d, undefined, [old], new Map([['uid-old', [pod(phase)]]])).kind).toBe('waiting-for-old-pods');
    }
  });
  it('waits while an old RS still reports replicas', () => {
    expect(planRecreateStep(d, undefined, [replicaSet('old', { replicas: 0, statusReplicas: 1 })], new Map()).kind).toBe('waiting-for-old-pods');
  });
  it('creates the new RS once old pods are Succeeded/Failed or gone, then scales it straight to replicas', () => {
    const old = replicaSet('old', { replicas: 0, statusReplicas: 0 });
    const pods = new Map([['uid-old', [pod('Succeeded'), pod('Failed')]]]);
    expect(planRecreateStep(d, undefined, [old], pods).kind).toBe('create-new');
    const fresh = replicaSet('new', { replicas: 0 });
    const step = planRecreateStep(d, fresh, [old], pods);
    expect(step.kind === 'scaled-up-new' && step.actions.map((a) => [a.from, a.to])).toEqual([[0, 3]]);
  });
});
