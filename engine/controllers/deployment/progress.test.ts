import { describe, it } from 'node:test';
import { expect } from 'expect';
import { formatTimestampMs } from '../replicaset/shims/timestamp.ts';
import { getDeploymentCondition, setDeploymentCondition } from './conditions.ts';
import { checkPausedConditions, syncRolloutStatus } from './progress.ts';
import { calculateStatus } from './status.ts';
import { deployment, replicaSet } from './test-fixtures.ts';

const T = (s: number) => formatTimestampMs(s * 1000);

describe('calculateStatus', () => {
  it('sums RS status and sets Available from MinAvailable', () => {
    const d = deployment('web', { replicas: 4 });
    const old = replicaSet('old', { replicas: 2, available: 2 });
    const fresh = replicaSet('new', { replicas: 3, available: 1, ready: 2 });
    const s = calculateStatus([old, fresh], fresh, d, 5000);
    expect(s).toMatchObject({ observedGeneration: 1, replicas: 5, updatedReplicas: 3, readyReplicas: 4, availableReplicas: 3, unavailableReplicas: 2 });
    expect(getDeploymentCondition(s, 'Available')).toEqual({ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.', lastUpdateTime: T(5), lastTransitionTime: T(5) });
  });
  it('below minimum availability', () => {
    const d = deployment('web', { replicas: 4 });
    const s = calculateStatus([replicaSet('new', { replicas: 4, available: 2 })], undefined, d, 0);
    expect(getDeploymentCondition(s, 'Available')?.reason).toBe('MinimumReplicasUnavailable');
    const { conditions: _, ...counts } = s;
    expect(counts).toEqual({ observedGeneration: 1, replicas: 4, readyReplicas: 2, availableReplicas: 2, unavailableReplicas: 2 });
  });
  it('leaves zero counts out, as the omitempty fields of DeploymentStatus serialise', () => {
    const complete = calculateStatus([replicaSet('new', { replicas: 3 })], replicaSet('new', { replicas: 3 }), deployment('web', { replicas: 3 }), 0);
    expect(Object.keys(complete)).toEqual(['observedGeneration', 'replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'conditions']);
    const scaledToZero = calculateStatus([replicaSet('new', { replicas: 0 })], replicaSet('new', { replicas: 0 }), deployment('web', { replicas: 0 }), 0);
    expect(Object.keys(scaledToZero)).toEqual(['observedGeneration', 'conditions']);
  });
  it('keeps a collisionCount of 0 (a pointer field: set means present)', () => {
    const d = { ...deployment('web', { replicas: 0 }), status: { collisionCount: 0 } };
    expect(calculateStatus([], undefined, d, 0).collisionCount).toBe(0);
  });
});

describe('syncRolloutStatus (progress.go)', () => {
  const base = () => deployment('web', { replicas: 3, progressDeadlineSeconds: 600 });
  it('complete rollout: NewReplicaSetAvailable', () => {
    const d = base();
    const fresh = replicaSet('web-abc', { replicas: 3 });
    const r = syncRolloutStatus([fresh], fresh, d, 10_000);
    expect(getDeploymentCondition(r.status, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "web-abc" has successfully progressed.' });
    expect(r.changed).toBe(true);
  });
  it('progress bumps lastUpdateTime and keeps lastTransitionTime', () => {
    const d = base();
    d.status = { replicas: 3, updatedReplicas: 1, availableReplicas: 2, conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: 'x', lastUpdateTime: T(1), lastTransitionTime: T(1) }] };
    const old = replicaSet('old', { replicas: 1 }), fresh = replicaSet('web-abc', { replicas: 3, available: 1 });
    const c = getDeploymentCondition(syncRolloutStatus([old, fresh], fresh, d, 20_000).status, 'Progressing');
    expect(c).toEqual({ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: 'ReplicaSet "web-abc" is progressing.', lastUpdateTime: T(20), lastTransitionTime: T(1) });
  });
  it('no progress past the deadline: ProgressDeadlineExceeded', () => {
    const d = base();
    const old = replicaSet('old', { replicas: 3 }), fresh = replicaSet('web-abc', { replicas: 1, available: 0 });
    d.status = { ...calculateStatus([old, fresh], fresh, d, 0), conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: 'x', lastUpdateTime: T(0), lastTransitionTime: T(0) }] };
    const r = syncRolloutStatus([old, fresh], fresh, d, 601_000);
    expect(getDeploymentCondition(r.status, 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-abc" has timed out progressing.' });
  });
  it('no progress before the deadline: nothing to write, requeue at lastUpdate + deadline - now + 1s', () => {
    const d = base();
    const old = replicaSet('old', { replicas: 3 }), fresh = replicaSet('web-abc', { replicas: 1, available: 0 });
    const s = calculateStatus([old, fresh], fresh, d, 0);
    setDeploymentCondition(s, { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: 'ReplicaSet "web-abc" is progressing.', lastUpdateTime: T(0), lastTransitionTime: T(0) });
    d.status = s;
    const r = syncRolloutStatus([old, fresh], fresh, d, 100_000);
    expect(r.changed).toBe(false);
    expect(r.requeue).toEqual({ kind: 'after', delayMs: 501_000 });
  });
  it('ReplicaFailure of the new RS is copied, and removed when gone', () => {
    const d = base();
    const fresh = replicaSet('web-abc', { replicas: 3, available: 0 });
    fresh.status!.conditions = [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'pods "x" is forbidden', lastTransitionTime: T(3) }];
    const s = syncRolloutStatus([fresh], fresh, d, 5000).status;
    expect(getDeploymentCondition(s, 'ReplicaFailure')).toEqual({ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'pods "x" is forbidden', lastUpdateTime: T(3), lastTransitionTime: T(3) });
  });
  it('without a progress deadline (MaxInt32, as the API never leaves it unset) there is no Progressing condition', () => {
    const d = deployment('web', { replicas: 1, progressDeadlineSeconds: 2_147_483_647 });
    const fresh = replicaSet('web-abc', { replicas: 1 });
    expect(getDeploymentCondition(syncRolloutStatus([fresh], fresh, d, 0).status, 'Progressing')).toBeUndefined();
  });
});

describe('checkPausedConditions', () => {
  it('paused, then resumed', () => {
    const d = deployment('web', { paused: true, progressDeadlineSeconds: 600 });
    const paused = checkPausedConditions(d, 1000);
    expect(getDeploymentCondition(paused, 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    d.status = paused!;
    expect(checkPausedConditions(d, 2000)).toBeUndefined();
    d.spec!.paused = false;
    expect(getDeploymentCondition(checkPausedConditions(d, 3000), 'Progressing')).toMatchObject({ reason: 'DeploymentResumed', message: 'Deployment is resumed', lastTransitionTime: T(1) });
  });
  it('never overwrites ProgressDeadlineExceeded', () => {
    const d = deployment('web', { paused: true, progressDeadlineSeconds: 600 });
    d.status = { conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] };
    expect(checkPausedConditions(d, 0)).toBeUndefined();
  });
});
