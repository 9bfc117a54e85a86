import { test } from 'node:test';
import { expect } from 'expect';
import type { PodSpec } from 'kubernetes-types/core/v1';
import { computePodQOS } from './pod-qos.ts';

type Resources = { requests?: Record<string, string>; limits?: Record<string, string> };
const spec = (...rs: Resources[]): PodSpec => ({ containers: rs.map((resources, i) => ({ name: `c${i}`, resources })) });

test('QoS classes as ComputePodQOS gives them (requests already defaulted from limits)', () => {
  const cases: [string, PodSpec, string][] = [
    ['no resources', spec({}), 'BestEffort'],
    ['zero requests only', spec({ requests: { cpu: '0' } }), 'BestEffort'],
    ['requests equal limits', spec({ requests: { cpu: '1000m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }), 'Guaranteed'],
    ['request below limit', spec({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }), 'Burstable'],
    ['a container without limits', spec({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }, {}), 'Burstable'],
    ['memory limit only', spec({ requests: { memory: '1Gi' }, limits: { memory: '1Gi' } }), 'Burstable'],
    ['other resources do not count', spec({ requests: { 'ephemeral-storage': '1Gi' } }), 'BestEffort'],
    ['exponent and decimal forms', spec({ requests: { cpu: '0.5', memory: '1e9' }, limits: { cpu: '500m', memory: '1G' } }), 'Guaranteed'],
    // Sums are compared, not containers one by one: 1+2 requested equals 2+1 limited.
    ['sums over containers', spec({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' } },
      { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }), 'Guaranteed'],
  ];
  for (const [name, s, want] of cases) expect([name, computePodQOS(s)]).toEqual([name, want]);
});

test('init containers count', () => {
  const s: PodSpec = { ...spec({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }), initContainers: [{ name: 'i', resources: { requests: { cpu: '100m' } } }] };
  expect(computePodQOS(s)).toBe('Burstable');
});
