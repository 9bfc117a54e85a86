// An example of the user API: "for any sequence of these operations on this manifest, these
// invariants hold" — a zero-downtime Deployment (maxUnavailable 0) under scaling, re-imaging,
// roll-backs, pod deletions and node changes, held to two library invariants, one rule of its
// own written as a function, and one written as a condition phrase (which a counterexample
// feature asserts as `Then at every moment since the scenario started, ...`).
import { test } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Invariant } from '../../engine/invariants/invariant.ts';
import { exploreCluster } from './explore.ts';

const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: shop
  strategy:
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: shop
          image: nginx:1.27
          resources:
            requests:
              cpu: 250m
`;

/** Our own rule: every pod of the shop keeps its cpu request (nothing strips resources). */
const shopPodsRequestCpu: Invariant = {
  name: 'shop-pods-request-cpu',
  description: 'Every pod labelled app=shop requests 250m cpu.',
  mode: 'always',
  resources: ['pods'],
  check: (state) => state.list<Pod>('pods', 'default')
    .filter((p) => p.metadata?.labels?.['app'] === 'shop' && p.spec?.containers[0]?.resources?.requests?.['cpu'] !== '250m')
    .map((p) => ({ invariant: 'shop-pods-request-cpu', message: `pod ${p.metadata?.name ?? ''} lost its cpu request`, objects: [`Pod/default/${p.metadata?.name ?? ''}`] })),
};

test('for any sequence of operations on the shop Deployment, its rollout bounds and our own rule hold', () => {
  const result = exploreCluster({
    manifests: [manifest],
    operations: ['apply', 'scale', 'set-image', 'rollout-undo', 'delete-pod', 'add-node', 'cordon', 'service', 'advance', 'settle'],
    invariants: [
      'rollout-surge-bound', 'rollout-availability-bound', shopPodsRequestCpu,
      // scale draws 0..6 replicas and maxSurge is 1: never more than 7 live pods.
      { name: 'shop-at-most-7-pods', always: 'at most 7 pods of deployment "shop" exist' },
    ],
    runs: 10, seed: 1, maxCommands: 10, maxNodes: 2,
  });
  expect(result.failed ? result.counterexample?.failure.message : 'ok').toBe('ok');
});
