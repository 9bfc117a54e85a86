import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { ResourceQuota } from 'kubernetes-types/core/v1.js';
import { syncResourceQuota } from './sync-quota.ts';
import { updateReplenishes } from './replenishment.ts';
import type { PolicyObject } from '../../api/admission/support/attributes.ts';

const asObj = (o: object): PolicyObject => o as PolicyObject;
const pods = (n: number, phase = 'Running'): PolicyObject[] =>
  Array.from({ length: n }, (_, i) => asObj({ kind: 'Pod', metadata: { name: `p${i}` }, spec: { containers: [{ name: 'c' }] }, status: { phase } }));

describe('resource quota sync', () => {
  const fresh: ResourceQuota = { metadata: { name: 'pods', namespace: 'ns' }, spec: { hard: { pods: '10' } } };

  it('fills status for a new quota', () => {
    expect(syncResourceQuota(fresh, () => pods(3), 0)?.status).toEqual({ hard: { pods: '10' }, used: { pods: '3' } });
  });

  it('writes nothing when status is current', () => {
    const current = { ...fresh, status: { hard: { pods: '10' }, used: { pods: '3' } } };
    expect(syncResourceQuota(current, () => pods(3), 0)).toBeUndefined();
  });

  it('gives back usage of completed pods', () => {
    const current = { ...fresh, status: { hard: { pods: '10' }, used: { pods: '3' } } };
    expect(syncResourceQuota(current, () => [...pods(1), ...pods(2, 'Succeeded')], 0)?.status?.used).toEqual({ pods: '1' });
  });

  it('replenishes when a pod completes or a service changes type', () => {
    expect(updateReplenishes('pods', pods(1)[0] ?? asObj({}), pods(1, 'Failed')[0] ?? asObj({}), 0)).toBe(true);
    expect(updateReplenishes('pods', pods(1)[0] ?? asObj({}), pods(1)[0] ?? asObj({}), 0)).toBe(false);
    expect(updateReplenishes('services', asObj({ spec: { type: 'NodePort' } }), asObj({ spec: { type: 'ClusterIP' } }), 0)).toBe(true);
  });
});
