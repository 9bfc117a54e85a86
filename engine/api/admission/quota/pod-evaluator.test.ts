import { describe, it } from 'node:test';
import { expect } from 'expect';
import { isQuotaRelevant, podUsage } from './pod-evaluator.ts';
import { toResourceList } from '../support/resource-list.ts';
import { container, pod } from '../testing/fixtures.ts';
import { formatTimestamp } from '../../../clock/timestamp.ts';

describe('pod quota usage', () => {
  it('sums containers and takes the larger init container', () => {
    const p = pod('a', [container('a', { cpu: '100m' }), container('b', { cpu: '200m' }, { cpu: '1' })], {
      initContainers: [container('init', { cpu: '500m', memory: '1Gi' })],
    });
    expect(toResourceList(podUsage(p, 0))).toEqual({
      'count/pods': '1', pods: '1', cpu: '500m', 'requests.cpu': '500m', memory: '1Gi', 'requests.memory': '1Gi', 'limits.cpu': '1',
    });
  });

  it('adds sidecars (restartPolicy Always init containers) to the regular containers', () => {
    const p = pod('a', [container('app', { cpu: '100m' })], {
      initContainers: [{ ...container('proxy', { cpu: '50m' }), restartPolicy: 'Always' }],
    });
    expect(toResourceList(podUsage(p, 0))['requests.cpu']).toBe('150m');
  });

  it('charges extended resources and hugepages by their request names', () => {
    const p = pod('a', [container('app', { 'example.com/gpu': '2', 'hugepages-2Mi': '4Mi' })]);
    expect(toResourceList(podUsage(p, 0))).toEqual({
      'count/pods': '1', pods: '1', 'requests.example.com/gpu': '2', 'hugepages-2Mi': '4Mi', 'requests.hugepages-2Mi': '4Mi',
    });
  });

  const cases: Array<[string, Parameters<typeof isQuotaRelevant>[0], number, boolean]> = [
    ['running pod', { ...pod('a', []), status: { phase: 'Running' } }, 0, true],
    ['succeeded pod', { ...pod('a', []), status: { phase: 'Succeeded' } }, 0, false],
    ['failed pod', { ...pod('a', []), status: { phase: 'Failed' } }, 0, false],
    ['terminating within grace', { ...pod('a', []), metadata: { name: 'a', deletionTimestamp: formatTimestamp(30_000), deletionGracePeriodSeconds: 30 } }, 59_000, true],
    ['stuck past deletion + grace', { ...pod('a', []), metadata: { name: 'a', deletionTimestamp: formatTimestamp(30_000), deletionGracePeriodSeconds: 30 } }, 61_000, false],
  ];
  for (const [name, p, nowMs, expected] of cases) {
    it(`quota-relevant: ${name}`, () => expect(isQuotaRelevant(p, nowMs)).toBe(expected));
  }
});
