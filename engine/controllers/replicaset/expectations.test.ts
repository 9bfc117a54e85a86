import { describe, it } from 'node:test';
import { expect } from 'expect';
import { ControllerExpectations, EXPECTATIONS_TIMEOUT_MS } from './expectations.ts';
import { planManageReplicas } from './manage-replicas.ts';
import { pod } from './test-pods.ts';

describe('ControllerExpectations', () => {
  it('satisfied once every expected creation is observed', () => {
    const e = new ControllerExpectations();
    e.expectCreations('default/web', 2, 0);
    expect(e.satisfied('default/web', 0)).toBe(false);
    e.creationObserved('default/web');
    e.creationObserved('default/web');
    expect(e.satisfied('default/web', 0)).toBe(true);
  });
  it('deletions are counted once per pod key', () => {
    const e = new ControllerExpectations();
    e.expectDeletions('default/web', ['default/a', 'default/b'], 0);
    e.deletionObserved('default/web', 'default/a');
    e.deletionObserved('default/web', 'default/a');
    expect(e.pending('default/web')).toEqual({ add: 0, del: 1 });
  });
  it('expire after 5 minutes', () => {
    const e = new ControllerExpectations();
    e.expectCreations('k', 1, 0);
    expect([e.satisfied('k', EXPECTATIONS_TIMEOUT_MS), e.satisfied('k', EXPECTATIONS_TIMEOUT_MS + 1)]).toEqual([false, true]);
  });
});

describe('manageReplicas plan', () => {
  it('creates the missing pods, capped at the burst', () => {
    expect(planManageReplicas([pod('a')], 3, () => [], 0)).toEqual({ kind: 'create', count: 2 });
    expect(planManageReplicas([], 800, () => [], 0)).toEqual({ kind: 'create', count: 500 });
  });
  it('deletes the best-ranked victims', () => {
    const plan = planManageReplicas([pod('a', { node: 'n1' }), pod('b', { ready: false, node: 'n1' })], 1, () => [], 0);
    expect(plan.kind === 'delete' && plan.pods.map((p) => p.metadata?.name)).toEqual(['b']);
  });
  it('nothing when the count matches', () => expect(planManageReplicas([pod('a')], 1, () => [], 0)).toEqual({ kind: 'none' }));
});
