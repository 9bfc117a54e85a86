import { describe, it } from 'node:test';
import { expect } from 'expect';
import { calculateStatus } from './calculate-usage.ts';
import type { ObjectLister } from './calculate-usage.ts';
import { asObject, container, pod, quota, service } from '../testing/fixtures.ts';
import type { PolicyObject } from '../support/attributes.ts';

function lister(objects: Record<string, PolicyObject[]>): ObjectLister {
  return (resource, group) => objects[group === '' ? resource : `${resource}.${group}`] ?? [];
}

describe('quota calculateStatus', () => {
  it('counts live pods, ignores terminal ones for compute, and zero-fills tracked resources', () => {
    const q = quota('compute', { pods: '10', 'count/pods': '10', 'requests.cpu': '2', 'limits.memory': '1Gi' });
    const list = lister({ pods: [
      asObject(pod('a', [container('app', { cpu: '250m' })])),
      asObject({ ...pod('b', [container('app', { cpu: '1' })]), status: { phase: 'Succeeded' } }),
    ] });
    expect(calculateStatus(q, list, 0)).toEqual({
      hard: { 'count/pods': '10', 'limits.memory': '1Gi', pods: '10', 'requests.cpu': '2' },
      used: { 'count/pods': '2', 'limits.memory': '0', pods: '1', 'requests.cpu': '250m' },
    });
  });

  it('counts the quota itself, services and any count/<resource>.<group>', () => {
    const q = quota('objects', { resourcequotas: '1', services: '3', 'count/deployments.apps': '4' });
    const list = lister({
      resourcequotas: [asObject(q)],
      services: [asObject(service('a', 'ClusterIP', 1)), asObject(service('b', 'NodePort', 1))],
      'deployments.apps': [asObject({ kind: 'Deployment', metadata: { name: 'd' } })],
    });
    expect(calculateStatus(q, list, 0).used).toEqual({ 'count/deployments.apps': '1', resourcequotas: '1', services: '2' });
  });

  it('takes hard from spec (a raised quota shows at once)', () => {
    const q = { ...quota('compute', { pods: '10' }, { pods: '10' }), spec: { hard: { pods: '20' } } };
    expect(calculateStatus(q, lister({}), 0)).toEqual({ hard: { pods: '20' }, used: { pods: '0' } });
  });
});
