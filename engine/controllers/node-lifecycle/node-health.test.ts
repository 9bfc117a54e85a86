import { test } from 'node:test';
import { expect } from 'expect';
import type { Node } from 'kubernetes-types/core/v1';
import { formatMicroTimestamp, formatTimestamp } from '../../clock/timestamp.ts';
import { DEFAULT_NODE_LIFECYCLE_CONFIG as CONFIG } from './config.ts';
import { checkNodeHealth, type NodeHealthData } from './node-health.ts';

const at = (s: number): string => formatTimestamp(s * 1000);
const lease = (s: number) => ({ spec: { renewTime: formatMicroTimestamp(s * 1000) } });

function node(heartbeatS: number | undefined): Node {
  const cond = (type: string, status: string) => ({ type, status, reason: 'r', message: 'm', lastHeartbeatTime: at(heartbeatS ?? 0), lastTransitionTime: at(0) });
  return {
    apiVersion: 'v1', kind: 'Node', metadata: { name: 'n', creationTimestamp: at(0) },
    status: heartbeatS === undefined ? {} : { conditions: [cond('MemoryPressure', 'False'), cond('Ready', 'True')] },
  };
}

test('a node seen for the first time is probed now, and stays untouched while the grace period lasts', () => {
  const first = checkNodeHealth(node(0), undefined, undefined, 5_000, CONFIG);
  expect(first.health.probeTimestampMs).toBe(5_000);
  expect(first.write).toBeUndefined();
  const later = checkNodeHealth(node(0), undefined, first.health, 55_000, CONFIG);
  expect(later.write).toBeUndefined();
  expect(later.currentReady?.status).toBe('True');
});

test('past probe + 50 s every kubelet condition turns Unknown with the upstream reason and message', () => {
  const saved: NodeHealthData = { probeTimestampMs: 5_000, readyTransitionTimestampMs: 5_000, status: node(0).status, lease: lease(0) };
  const check = checkNodeHealth(node(0), lease(0), saved, 60_000, CONFIG);
  expect(check.observedReady.status).toBe('True');
  expect(check.currentReady).toEqual({ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastHeartbeatTime: at(0), lastTransitionTime: at(60) });
  expect(check.write?.status?.conditions?.map((c) => [c.type, c.status, c.reason, c.lastTransitionTime])).toEqual([
    ['MemoryPressure', 'Unknown', 'NodeStatusUnknown', at(60)],
    ['Ready', 'Unknown', 'NodeStatusUnknown', at(60)],
    ['DiskPressure', 'Unknown', 'NodeStatusNeverUpdated', at(60)],
    ['PIDPressure', 'Unknown', 'NodeStatusNeverUpdated', at(60)],
  ]);
  expect(check.write?.status?.conditions?.[2]).toMatchObject({ message: 'Kubelet never posted node status.', lastHeartbeatTime: at(0) });
  expect(check.healthAfterWrite).toMatchObject({ probeTimestampMs: 5_000, readyTransitionTimestampMs: 60_000 });
  // Exactly at probe + grace nothing happens yet: upstream asks for now.After(probe + grace).
  expect(checkNodeHealth(node(0), lease(0), saved, 55_000, CONFIG).write).toBeUndefined();
});

test('a renewed Lease or a new Ready heartbeat moves the probe timestamp to now', () => {
  const saved: NodeHealthData = { probeTimestampMs: 5_000, readyTransitionTimestampMs: 5_000, status: node(0).status, lease: lease(0) };
  expect(checkNodeHealth(node(0), lease(10), saved, 15_000, CONFIG).health.probeTimestampMs).toBe(15_000);
  expect(checkNodeHealth(node(0), lease(0), saved, 15_000, CONFIG).health.probeTimestampMs).toBe(5_000);
  const heartbeat = checkNodeHealth(node(12), lease(0), saved, 15_000, CONFIG);
  expect(heartbeat.health.probeTimestampMs).toBe(15_000);
  expect(heartbeat.health.readyTransitionTimestampMs).toBe(5_000);
});

test('a node that never posted a Ready condition gets the 60 s startup grace from its creation', () => {
  expect(checkNodeHealth(node(undefined), undefined, undefined, 60_000, CONFIG).write).toBeUndefined();
  const check = checkNodeHealth(node(undefined), undefined, undefined, 65_000, CONFIG);
  expect(check.write?.status?.conditions?.map((c) => `${c.type} ${c.status} ${c.reason}`)).toEqual([
    'Ready Unknown NodeStatusNeverUpdated', 'MemoryPressure Unknown NodeStatusNeverUpdated',
    'DiskPressure Unknown NodeStatusNeverUpdated', 'PIDPressure Unknown NodeStatusNeverUpdated',
  ]);
});

test('a node already Unknown is not written again', () => {
  const saved: NodeHealthData = { probeTimestampMs: 5_000, readyTransitionTimestampMs: 5_000, status: node(0).status, lease: lease(0) };
  const first = checkNodeHealth(node(0), lease(0), saved, 60_000, CONFIG);
  const again = checkNodeHealth(first.write!, lease(0), first.healthAfterWrite, 65_000, CONFIG);
  expect(again.write).toBeUndefined();
  expect(again.observedReady.status).toBe('Unknown');
});
