import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { isPodAvailable } from './pod-util.ts';
import { calculateReplicaSetStatus, minReadyRequeueMs } from './status.ts';
import { pod } from './test-pods.ts';

const rs = (replicas: number, minReadySeconds = 0): ReplicaSet => ({
  apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-abc', generation: 3 },
  spec: { replicas, minReadySeconds, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web', tier: 'fe' } } } },
  status: { replicas: 0 },
});

describe('ReplicaSet calculateStatus', () => {
  it('counts replicas, fully labeled, ready and available (minReadySeconds)', () => {
    const pods = [
      pod('a', { labels: { app: 'web', tier: 'fe' }, readySinceS: 0 }),
      pod('b', { labels: { app: 'web' }, readySinceS: 8 }),
      pod('c', { ready: false }),
    ];
    const s = calculateReplicaSetStatus(rs(3, 5), pods, undefined, 10_000);
    expect(s).toEqual({ replicas: 3, fullyLabeledReplicas: 1, readyReplicas: 2, availableReplicas: 1, observedGeneration: 3 });
  });
  it('leaves zero counts out except replicas, as ReplicaSetStatus serialises (replicas has no omitempty)', () => {
    expect(calculateReplicaSetStatus(rs(0), [], undefined, 0)).toEqual({ replicas: 0, observedGeneration: 3 });
    const unready = calculateReplicaSetStatus(rs(1), [pod('a', { labels: { app: 'web' }, ready: false })], undefined, 0);
    expect(unready).toEqual({ replicas: 1, observedGeneration: 3 });
    const stale = { ...rs(0), status: { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2 } };
    expect(calculateReplicaSetStatus(stale, [], undefined, 0)).toEqual({ replicas: 0, observedGeneration: 3 });
  });
  it('availability needs minReadySeconds strictly elapsed', () => {
    expect(isPodAvailable(pod('a', { readySinceS: 5 }), 5, 10_000)).toBe(false);
    expect(isPodAvailable(pod('a', { readySinceS: 5 }), 5, 10_001)).toBe(true);
  });
  it('ReplicaFailure FailedCreate with the API error text, then removed after a clean sync', () => {
    const err = new Error('pods "web-abc-x" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2');
    const failed = calculateReplicaSetStatus(rs(3), [pod('a')], err, 4000);
    expect(failed.conditions).toEqual([{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: err.message, lastTransitionTime: '2025-01-01T00:00:04Z' }]);
    const withFailure = { ...rs(3), status: failed };
    expect(calculateReplicaSetStatus(withFailure, [pod('a')], undefined, 5000).conditions).toBeUndefined();
  });
  it('requeues after minReadySeconds when all are ready but not all available', () => {
    const r = rs(2, 30);
    expect(minReadyRequeueMs(r, { replicas: 2, readyReplicas: 2, availableReplicas: 1 }, false)).toBe(30_000);
    expect(minReadyRequeueMs(r, { replicas: 2, readyReplicas: 2, availableReplicas: 2 }, false)).toBeUndefined();
  });
});
