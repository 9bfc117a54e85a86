// Tests the kubectl-style event log and object state replay against exact text.
import { test } from 'node:test';
import { expect } from 'expect';
import { renderEventLog } from './event-log.ts';
import { humanDuration } from './human-duration.ts';
import { objectsAt, renderObjectState, statusSummary } from './object-state.ts';
import { fixtureModel } from '../format/fixture-run.ts';

test('repeated events aggregate with count and first-seen, columns padded by 3', () => {
  const s = fixtureModel().features[0]!.scenarios[1]!;
  expect(renderEventLog(s.journal, s.virtualTimeMs)).toBe([
    'NAMESPACE   LAST SEEN           TYPE      REASON             OBJECT    MESSAGE',
    'default     69s (x3 over 89s)   Warning   FailedScheduling   pod/big   0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
  ].join('\n'));
});

test('no events prints kubectl\'s empty message', () => {
  expect(renderEventLog([], 0)).toBe('No resources found');
});

test('human durations follow apimachinery HumanDuration', () => {
  expect([0, 119_000, 120_000, 150_000, 600_000, 3 * 3600_000 + 600_000, 50 * 3600_000].map(humanDuration))
    .toEqual(['0s', '119s', '2m', '2m30s', '10m', '3h10m', '2d2h']);
});

test('objects at an instant replay creates and deletes', () => {
  const s = fixtureModel().features[0]!.scenarios[0]!;
  expect(renderObjectState(objectsAt(s.journal, 1000))).toBe([
    'NAMESPACE   NAME                       RESOURCEVERSION   LAST CHANGE   STATUS',
    '            node/node-1                1                 t=0ms',
    '            node/node-2                2                 t=0ms',
    'default     deployment/web             3                 t=1000ms      replicas=3, updated=0, available=0',
    'default     pod/web-7d9f5c8b4-b8m4z    6                 t=1000ms',
    'default     pod/web-7d9f5c8b4-q9t2w    7                 t=1000ms',
    'default     pod/web-7d9f5c8b4-x2k7q    5                 t=1000ms',
    'default     replicaset/web-7d9f5c8b4   4                 t=1000ms',
  ].join('\n'));
  expect(objectsAt([{ t: 0, time: '', scenario: '', component: '', verb: 'create', kind: 'Pod', name: 'a' },
    { t: 5, time: '', scenario: '', component: '', verb: 'delete', kind: 'Pod', name: 'a' }], 5)).toEqual([]);
});

test('status summary from Pod detail', () => {
  expect(statusSummary({ kind: 'Pod', namespace: 'default', name: 'a', rv: '1', changedMs: 0,
    detail: { phase: 'Running', ready: false, node: 'node-2', restarts: 3, terminating: false } }))
    .toBe('Running, not ready, node=node-2, restarts=3');
});
