// Tests the detail charts (pods by phase, endpoints, restarts) on a hand-written journal.
import { test } from 'node:test';
import { expect } from 'expect';
import type { JournalEntry } from '../model/journal.ts';
import { endpointsChart, podPhaseChart, quotaChart, restartsChart } from './detail-charts.ts';

const line = (t: number, verb: string, kind: string, name: string, detail?: Record<string, unknown>): JournalEntry => ({
  t, time: '', scenario: 'f:1', component: 'c', verb, kind, namespace: 'default', name, ...(detail ? { detail } : {}),
});

const JOURNAL: JournalEntry[] = [
  line(0, 'create', 'Pod', 'a', { phase: 'Pending', ready: false, restarts: 0 }),
  line(0, 'create', 'Pod', 'b', { phase: 'Pending', ready: false, restarts: 0 }),
  line(1000, 'update', 'Pod', 'a', { phase: 'Running', ready: true, restarts: 0 }),
  line(1000, 'update', 'Endpoints', 'web', { ready: 1, notReady: 0 }),
  line(5000, 'update', 'Pod', 'b', { phase: 'Running', ready: false, restarts: 2 }),
  line(9000, 'delete', 'Pod', 'a'),
  line(9000, 'update', 'Endpoints', 'web', { ready: 0, notReady: 0 }),
];

test('pods by phase and readiness, deletes remove the pod', () => {
  expect(podPhaseChart('p', JOURNAL)).toEqual({ id: 'p', title: 'Pods by phase', xMs: [0, 1000, 5000, 9000], series: [
    { label: 'Pending', values: [2, 1, 0, 0] },
    { label: 'Running (not ready)', values: [0, 0, 1, 1] },
    { label: 'Running (ready)', values: [0, 1, 1, 0] },
  ] });
});

test('ready endpoints per Service', () => {
  expect(endpointsChart('e', JOURNAL).series).toEqual([{ label: 'web', values: [0, 1, 1, 0] }]);
});

test('restarts only for pods that restarted', () => {
  expect(restartsChart('r', JOURNAL).series).toEqual([{ label: 'b', values: [0, 0, 2, 2] }]);
});

test('quota used as a percentage of hard per resource', () => {
  const quota: JournalEntry[] = [
    line(0, 'create', 'ResourceQuota', 'q', { hard: { pods: '4', 'requests.cpu': '2' }, used: { pods: '0', 'requests.cpu': '0' } }),
    line(2000, 'update', 'ResourceQuota', 'q', { hard: { pods: '4', 'requests.cpu': '2' }, used: { pods: '3', 'requests.cpu': '500m' } }),
  ];
  expect(quotaChart('q', quota).series).toEqual([
    { label: 'q pods', values: [0, 75] }, { label: 'q requests.cpu', values: [0, 25] },
  ]);
});
