import { describe, it } from 'node:test';
import { expect } from 'expect';
import { makePod } from '../test-fixtures.ts';
import { milliValue, value } from './quantity-local.ts';
import { podRequests } from './resource.ts';

describe('quantity (local helper)', () => {
  const cases: Array<[string, number, number]> = [
    ['100m', 100, 1], ['1', 1000, 1], ['1.5', 1500, 2], ['128Mi', 128 * 2 ** 20 * 1000, 128 * 2 ** 20],
    ['1G', 1e12, 1e9], ['1e3', 1e6, 1000], ['0', 0, 0],
  ];
  for (const [text, milli, whole] of cases) {
    it(`parses ${text}`, () => {
      expect(milliValue(text)).toBe(milli);
      expect(value(text)).toBe(whole);
    });
  }
});

describe('podRequests', () => {
  it('sums containers and uses the 100m / 200Mi stand-ins only for non-zero requests', () => {
    const pod = makePod('p', { containers: [
      { name: 'a', resources: { requests: { cpu: '250m' } } },
      { name: 'b' },
    ] });
    expect(podRequests(pod).milliCPU).toBe(250);
    expect(podRequests(pod).memory).toBe(0);
    expect(podRequests(pod, true).milliCPU).toBe(350);
    expect(podRequests(pod, true).memory).toBe(2 * 200 * 1024 * 1024);
  });
  it('keeps an explicit zero request at zero', () => {
    const pod = makePod('p', { containers: [{ name: 'a', resources: { requests: { cpu: '0', memory: '0' } } }] });
    expect(podRequests(pod, true).milliCPU).toBe(0);
    expect(podRequests(pod, true).memory).toBe(0);
  });
  it('takes the max of init containers and the sum of containers, plus overhead', () => {
    const pod = makePod('p', { cpu: '500m' });
    pod.spec!.initContainers = [{ name: 'init', resources: { requests: { cpu: '2' } } }];
    pod.spec!.overhead = { cpu: '100m' };
    expect(podRequests(pod).milliCPU).toBe(2100);
  });
  it('adds restartable init containers (sidecars) to the containers', () => {
    const pod = makePod('p', { cpu: '500m' });
    pod.spec!.initContainers = [{ name: 'side', restartPolicy: 'Always', resources: { requests: { cpu: '200m' } } }];
    expect(podRequests(pod).milliCPU).toBe(700);
  });
});
