// The node lifecycle controller against a real API server: the writes it makes (and does not
// make) for healthy, silent, cordoned and disrupted nodes, at the virtual instants upstream would.
import { test } from 'node:test';
import { expect } from 'expect';
import { nodeLifecycleController } from './controller.ts';
import { harness } from './test-harness.ts';

const at = (s: number): string => `2025-01-01T00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}Z`;
const UNREACHABLE_NO_SCHEDULE = 'node.kubernetes.io/unreachable:NoSchedule';
const UNREACHABLE_NO_EXECUTE = 'node.kubernetes.io/unreachable:NoExecute';

test('nodes that renew their Lease are registered once and never written; the monitor loop keeps nothing busy', () => {
  const h = harness([nodeLifecycleController]);
  h.addNode('n1', { alive: true });
  h.addNode('n2', { alive: true });
  h.clock.advanceTo(600_000);
  expect(h.writes('node-controller')).toEqual([]);
  expect(h.events('node-controller')).toEqual([
    'event Node n1 RegisteredNode: Node n1 event: Registered Node n1 in Controller',
    'event Node n2 RegisteredNode: Node n2 event: Registered Node n2 in Controller',
  ]);
  expect(h.clock.hasPendingWork()).toBe(false);
  expect(h.node('n1').status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
});

test('a silent node turns Unknown 50 s after it was last heard of, its pods go not ready, then it is tainted unreachable', () => {
  const h = harness([nodeLifecycleController]);
  h.addNode('n1', { alive: true });
  h.addNode('n2');
  h.addPod('p', 'n2');
  h.clock.advanceTo(59_999);
  expect(h.writes('node-controller')).toEqual([]);
  h.clock.advanceTo(60_000);
  // First seen at the 5 s pass, so the grace ran out after 55 s: the 60 s pass writes.
  expect(h.writes('node-controller')).toEqual(['update Node n2', 'update Pod p', 'update Node n2']);
  expect(h.events('node-controller', 60_000)).toEqual([
    'event Node n2 NodeNotReady: Node n2 status is now: NodeNotReady',
    'event Pod p NodeNotReady: Node is not ready',
  ]);
  expect(h.node('n2').status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: at(60) });
  expect(h.pod('p').status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', lastTransitionTime: at(60) });
  expect(h.taints('n2')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`]);
  h.clock.advanceTo(65_000);
  expect(h.taints('n2')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`, `${UNREACHABLE_NO_EXECUTE}@${at(65)}`]);
  h.clock.advanceTo(600_000);
  expect(h.writes('node-controller', 65_001)).toEqual([]);
  expect(h.taints('n1')).toEqual([]);
});

test('a node that is Ready again loses both unreachable taints', () => {
  const h = harness([nodeLifecycleController]);
  h.addNode('n1', { alive: true });
  h.addNode('n2');
  h.clock.advanceTo(70_000);
  h.postReady('n2');
  h.clock.advanceTo(75_000);
  expect(h.taints('n2')).toEqual([]);
  expect(h.writes('node-controller', 70_000)).toEqual(['update Node n2', 'update Node n2']);
});

test('cordon adds node.kubernetes.io/unschedulable:NoSchedule, uncordon removes it', () => {
  const h = harness([nodeLifecycleController]);
  h.addNode('n1', { alive: true, unschedulable: true });
  expect(h.taints('n1')).toEqual(['node.kubernetes.io/unschedulable:NoSchedule@2025-01-01T00:00:00Z']);
  h.clock.advanceTo(3_000);
  h.admin.patch('nodes', undefined, 'n1', 'merge', { spec: { unschedulable: null } });
  h.clock.runDue();
  expect(h.taints('n1')).toEqual([]);
});

test('NoExecute taints go out at 0.1 nodes per second in a zone that is not disrupted', () => {
  const h = harness([nodeLifecycleController]);
  for (const n of ['n1', 'n2', 'n3']) h.addNode(n, { alive: true });
  h.addNode('n4');
  h.addNode('n5');
  h.clock.advanceTo(600_000);
  expect(h.taints('n4')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`, `${UNREACHABLE_NO_EXECUTE}@${at(65)}`]);
  expect(h.taints('n5')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`, `${UNREACHABLE_NO_EXECUTE}@${at(75)}`]);
});

test('a partially disrupted small zone (3 of 5 not ready) gets no NoExecute taints', () => {
  const h = harness([nodeLifecycleController]);
  h.addNode('n1', { alive: true });
  h.addNode('n2', { alive: true });
  for (const n of ['n3', 'n4', 'n5']) h.addNode(n);
  h.clock.advanceTo(600_000);
  for (const n of ['n3', 'n4', 'n5']) expect(h.taints(n)).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`]);
});

test('a fully disrupted zone is still tainted while another zone is healthy', () => {
  const h = harness([nodeLifecycleController]);
  h.addNode('a1', { labels: { 'topology.kubernetes.io/zone': 'a' } });
  h.addNode('b1', { alive: true, labels: { 'topology.kubernetes.io/zone': 'b' } });
  h.clock.advanceTo(70_000);
  expect(h.taints('a1')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`, `${UNREACHABLE_NO_EXECUTE}@${at(65)}`]);
});

test('master disruption: with every node lost nothing is tainted NoExecute, until a node is Ready again', () => {
  const h = harness([nodeLifecycleController]);
  h.addNode('n1');
  h.addNode('n2');
  h.clock.advanceTo(300_000);
  expect(h.taints('n1')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`]);
  expect(h.taints('n2')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`]);
  h.postReady('n1');
  h.clock.advanceTo(314_999);
  // The 305 s pass sees n1 Ready and leaves the mode; the zone's new limiter starts drained (the
  // one it replaces never had a token), so n2 is tainted when the next token comes, 10 s later.
  expect(h.taints('n1')).toEqual([]);
  expect(h.taints('n2')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`]);
  h.clock.advanceTo(315_000);
  expect(h.taints('n2')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`, `${UNREACHABLE_NO_EXECUTE}@${at(315)}`]);
});

test('master disruption removes NoExecute taints added before the last node was lost', () => {
  const h = harness([nodeLifecycleController]);
  h.addNode('n1');
  h.clock.advanceTo(30_000);
  h.addNode('n2');
  h.clock.advanceTo(70_000);
  expect(h.taints('n1')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`, `${UNREACHABLE_NO_EXECUTE}@${at(65)}`]);
  h.clock.advanceTo(100_000);
  expect(h.taints('n1')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(60)}`]);
  expect(h.taints('n2')).toEqual([`${UNREACHABLE_NO_SCHEDULE}@${at(90)}`]);
});
