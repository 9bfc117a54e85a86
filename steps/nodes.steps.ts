// Steps about nodes as the node lifecycle and taint eviction controllers see them: a node's taints,
// where a Deployment's pods run (and which of them are terminating, e.g. evicted from a lost
// node), and the events every such pod got. Node conditions use the workload condition steps.
import type { Node } from 'kubernetes-types/core/v1';
import { expect } from 'expect';
import type { KubeObject } from '../engine/apimachinery/object.ts';
import { taintList } from '../engine/invariants/conditions/node-conditions.ts';
import { defineStep } from './support/define.ts';
import { podEvents } from './support/pod-lookup.ts';
import { podsOf } from './support/workloads.ts';
import type { KubespecWorld } from './support/world.ts';

function podsOn(world: KubespecWorld, deployment: string, node: string, terminating: boolean): KubeObject[] {
  return podsOf(world, deployment).filter((p) => (p.spec as { nodeName?: string } | undefined)?.nodeName === node
    && (p.metadata.deletionTimestamp !== undefined) === terminating);
}

defineStep({
  pattern: 'the taints of node {string} are {string}',
  description: 'The node\'s spec.taints in order, each `key[=value]:Effect`, joined by ", " (`<none>` for no taints).',
  example: 'Then the taints of node "node-2" are "node.kubernetes.io/unreachable:NoSchedule, node.kubernetes.io/unreachable:NoExecute"',
}, function (this: KubespecWorld, name: string, taints: string) {
  const node = this.cluster.client.get<Node>('nodes', undefined, name);
  expect(taintList(node)).toBe(taints);
});

defineStep({
  pattern: 'the deployment {string} has {int} pod(s) on node {string}',
  description: 'Pods of the Deployment bound to the node and not being deleted.',
  example: 'Then the deployment "web" has 1 pod on node "node-2"',
}, function (this: KubespecWorld, deployment: string, n: number, node: string) {
  expect(podsOn(this, deployment, node, false)).toHaveLength(n);
});

defineStep({
  pattern: 'the deployment {string} has {int} terminating pod(s) on node {string}',
  description: 'Pods of the Deployment bound to the node that are being deleted (deletionTimestamp set), e.g. evicted from a node whose kubelet is gone.',
  example: 'Then the deployment "web" has 1 terminating pod on node "node-2"',
}, function (this: KubespecWorld, deployment: string, n: number, node: string) {
  expect(podsOn(this, deployment, node, true)).toHaveLength(n);
});

defineStep({
  pattern: 'every pod of deployment {string} on node {string} has the event {string}',
  description: 'Each pod of the Deployment bound to the node (terminating or not; at least one) has an event `Reason: message`; `<pod>` in it stands for the pod\'s name.',
  example: 'Then every pod of deployment "web" on node "node-2" has the event "TaintManagerEviction: Marking for deletion Pod default/<pod>"',
}, function (this: KubespecWorld, deployment: string, node: string, event: string) {
  const pods = [...podsOn(this, deployment, node, false), ...podsOn(this, deployment, node, true)];
  expect(pods.length).toBeGreaterThan(0);
  for (const p of pods) expect(podEvents(this, p.metadata.name ?? '')).toContain(event.replaceAll('<pod>', p.metadata.name ?? ''));
});
