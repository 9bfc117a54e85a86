import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Node, NodeCondition } from 'kubernetes-types/core/v1';
import { DEFAULT_NODE_LIFECYCLE_CONFIG as CONFIG } from './config.ts';
import { computeZoneState, zoneKey, zoneQPS } from './zone-state.ts';

const ready = (status: string): NodeCondition => ({ type: 'Ready', status });

test('zone states: no Ready node is a full disruption; 3 of 5 not ready a partial one; 2 of 2 full', () => {
  expect(computeZoneState([ready('Unknown'), ready('False')], 0.55)).toEqual({ notReady: 2, state: 'FullDisruption' });
  expect(computeZoneState([ready('True'), ready('True'), ready('Unknown'), ready('Unknown'), undefined], 0.55)).toEqual({ notReady: 3, state: 'PartialDisruption' });
  expect(computeZoneState([ready('True'), ready('Unknown'), ready('Unknown')], 0.55)).toEqual({ notReady: 2, state: 'Normal' });
  expect(computeZoneState([], 0.55)).toEqual({ notReady: 0, state: 'Normal' });
});

test('property: the zone state follows ComputeZoneState\'s rule for any mix of Ready conditions', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('True', 'False', 'Unknown', 'missing'), { maxLength: 30 }), (statuses) => {
    const conditions = statuses.map((s) => (s === 'missing' ? undefined : ready(s)));
    const readyCount = statuses.filter((s) => s === 'True').length;
    const notReady = statuses.length - readyCount;
    const { notReady: n, state } = computeZoneState(conditions, CONFIG.unhealthyZoneThreshold);
    expect(n).toBe(notReady);
    if (readyCount === 0 && notReady > 0) expect(state).toBe('FullDisruption');
    else if (notReady > 2 && notReady / statuses.length >= 0.55) expect(state).toBe('PartialDisruption');
    else expect(state).toBe('Normal');
  }));
});

test('the tainting rate per zone state: 0.1/s normally; a partial disruption stops small zones and slows large ones', () => {
  expect(zoneQPS('Normal', 3, CONFIG)).toBe(0.1);
  expect(zoneQPS('FullDisruption', 3, CONFIG)).toBe(0.1);
  expect(zoneQPS('PartialDisruption', 50, CONFIG)).toBe(0);
  expect(zoneQPS('PartialDisruption', 51, CONFIG)).toBe(0.01);
  expect(zoneQPS('Initial', 3, CONFIG)).toBeUndefined();
});

test('zone keys: region and zone from the beta labels first, then topology.kubernetes.io; unlabelled nodes share ""', () => {
  const node = (labels?: Record<string, string>): Node => ({ metadata: { name: 'n', ...(labels ? { labels } : {}) } });
  expect(zoneKey(node())).toBe('');
  expect(zoneKey(node({ 'kubernetes.io/hostname': 'n' }))).toBe('');
  expect(zoneKey(node({ 'topology.kubernetes.io/zone': 'a' }))).toBe(':\u0000:a');
  expect(zoneKey(node({ 'topology.kubernetes.io/zone': 'a', 'topology.kubernetes.io/region': 'eu' }))).toBe('eu:\u0000:a');
  expect(zoneKey(node({ 'topology.kubernetes.io/zone': 'a', 'failure-domain.beta.kubernetes.io/zone': 'b' }))).toBe(':\u0000:b');
});
