// The taint eviction controller against a real API server: which pods it deletes when a node
// gets a NoExecute taint, when, with which condition and events, and what removing the taint
// cancels. Pods carry the DefaultTolerationSeconds tolerations the API server's admission adds.
import { test } from 'node:test';
import { expect } from 'expect';
import type { Taint } from 'kubernetes-types/core/v1';
import { harness } from '../node-lifecycle/test-harness.ts';
import { taintEvictionController } from './controller.ts';

function taint(h: ReturnType<typeof harness>, node: string, taints: Taint[] | null): void {
  h.admin.patch('nodes', undefined, node, 'merge', { spec: { taints } });
  h.clock.runDue();
}

const UNREACHABLE: Taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: '2025-01-01T00:00:10Z' };

test('a pod that does not tolerate a NoExecute taint is marked DisruptionTarget and deleted at once', () => {
  const h = harness([taintEvictionController]);
  h.addNode('n1');
  h.addPod('p', 'n1');
  h.clock.advanceTo(10_000);
  taint(h, 'n1', [{ key: 'dedicated', value: 'db', effect: 'NoExecute' }]);
  expect(h.actions('taint-eviction-controller')).toEqual([
    'event Pod p TaintManagerEviction: Marking for deletion Pod default/p', 'update Pod p', 'delete Pod p',
  ]);
  const pod = h.pod('p');
  expect(pod.metadata?.deletionTimestamp).toBe('2025-01-01T00:00:40Z');
  expect(pod.status?.conditions?.find((c) => c.type === 'DisruptionTarget')).toEqual({
    type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint',
    lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:10Z',
  });
});

test('the default 300 s toleration of unreachable delays the deletion; a shorter one wins; forever never comes', () => {
  const h = harness([taintEvictionController]);
  h.addNode('n1');
  h.addPod('default', 'n1');
  h.addPod('brief', 'n1', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }]);
  h.addPod('forever', 'n1', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }]);
  expect(h.pod('default').spec?.tolerations?.map((t) => `${t.key}:${t.effect}:${t.tolerationSeconds}`)).toEqual([
    'node.kubernetes.io/not-ready:NoExecute:300', 'node.kubernetes.io/unreachable:NoExecute:300',
  ]);
  h.clock.advanceTo(10_000);
  taint(h, 'n1', [UNREACHABLE]);
  h.clock.advanceTo(39_999);
  expect(h.actions('taint-eviction-controller')).toEqual([]);
  h.clock.advanceTo(40_000);
  expect(h.actions('taint-eviction-controller')).toEqual(['event Pod brief TaintManagerEviction: Marking for deletion Pod default/brief', 'update Pod brief', 'delete Pod brief']);
  h.clock.advanceTo(310_000);
  expect(h.actions('taint-eviction-controller', 40_001)).toEqual(['event Pod default TaintManagerEviction: Marking for deletion Pod default/default', 'update Pod default', 'delete Pod default']);
  h.clock.advanceTo(3_600_000);
  expect(h.pod('forever').metadata?.deletionTimestamp).toBeUndefined();
  expect(h.clock.hasPendingWork()).toBe(false);
});

test('removing the taint before the time is up cancels the deletion, with an event', () => {
  const h = harness([taintEvictionController]);
  h.addNode('n1');
  h.addPod('p', 'n1');
  taint(h, 'n1', [UNREACHABLE]);
  h.clock.advanceTo(100_000);
  taint(h, 'n1', null);
  h.clock.advanceTo(1_000_000);
  expect(h.actions('taint-eviction-controller')).toEqual(['event Pod p TaintManagerEviction: Cancelling deletion of Pod default/p']);
  expect(h.pod('p').metadata?.deletionTimestamp).toBeUndefined();
});

test('a pod bound to an already tainted node is scheduled for deletion from the moment the controller sees it', () => {
  const h = harness([taintEvictionController]);
  h.addNode('n1');
  taint(h, 'n1', [UNREACHABLE]);
  h.clock.advanceTo(50_000);
  h.addPod('late', 'n1');
  h.clock.advanceTo(349_999);
  expect(h.actions('taint-eviction-controller')).toEqual([]);
  h.clock.advanceTo(350_000);
  expect(h.actions('taint-eviction-controller')).toEqual(['event Pod late TaintManagerEviction: Marking for deletion Pod default/late', 'update Pod late', 'delete Pod late']);
});
