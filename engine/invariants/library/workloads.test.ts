// rollout-surge-bound: named cases, and a property that checking only the Deployments a write
// touches finds every violation at the same write as checking all of them.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { StoreEvent } from '../../store/object-store.ts';
import { ReplayedState } from '../cluster-state.ts';
import { rolloutSurgeBound } from './workloads.ts';

const deployment = (name: string, replicas: number, maxSurge: number | string, generation = 1, observed = 1): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default', uid: `${name}-uid`, generation },
  spec: { replicas, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable: 0 } } },
  status: { observedGeneration: observed },
});
/** refName/refKind: what the reference says besides the uid (hand-written ones may say anything). */
const replicaSet = (name: string, owner: string | undefined, replicas: number, refName = owner, refKind = 'Deployment'): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: {
    name, namespace: 'default', uid: `${name}-uid`,
    ...(owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: refKind, name: refName ?? owner, uid: `${owner}-uid`, controller: true }] } : {}),
  },
  spec: { replicas },
});

/** Applies a write to the state and returns its event, as the store would emit it. */
function write(state: ReplayedState, resource: string, object: KubeObject, revision: number, deleted = false): StoreEvent {
  const key = `default/${object.metadata.name ?? ''}`;
  const prevObject = state.get(resource, 'default', object.metadata.name ?? '');
  const event: StoreEvent = { type: deleted ? 'DELETED' : prevObject ? 'MODIFIED' : 'ADDED', resource, key, object, revision, ...(prevObject ? { prevObject } : {}) };
  state.apply(event, 0);
  return event;
}

test('a ReplicaSet write over replicas + maxSurge names its Deployment', () => {
  const s = new ReplayedState();
  write(s, 'deployments', deployment('web', 4, 1), 1);
  write(s, 'replicasets', replicaSet('web-old', 'web', 4), 2);
  const ev = write(s, 'replicasets', replicaSet('web-new', 'web', 2), 3);
  expect(rolloutSurgeBound.check(s, ev)).toEqual([{
    invariant: 'rollout-surge-bound', message: 'deployment web wants 6 replicas across its ReplicaSets, more than replicas + maxSurge = 5', objects: ['Deployment/default/web'],
  }]);
});

test('a reference naming another name and kind still counts by its uid, as replicaSetsOf does', () => {
  const s = new ReplayedState();
  write(s, 'deployments', deployment('web', 2, 0), 1);
  const ev = write(s, 'replicasets', replicaSet('web-hand', 'web', 3, 'elsewhere', 'Other'), 2);
  expect(rolloutSurgeBound.check(s, ev).map((v) => v.message)).toEqual(['deployment web wants 3 replicas across its ReplicaSets, more than replicas + maxSurge = 2']);
});

test('before the controller observes a new generation, the bound is not checked', () => {
  const s = new ReplayedState();
  write(s, 'deployments', deployment('web', 4, 1, 2, 1), 1);
  const ev = write(s, 'replicasets', replicaSet('web-old', 'web', 9), 2);
  expect(rolloutSurgeBound.check(s, ev)).toEqual([]);
});

type Op =
  | { kind: 'rs'; name: string; owner: string | undefined; refName: string; refKind: string; replicas: number; del: boolean }
  | { kind: 'deploy'; name: string; replicas: number; surge: number | string; observedBehind: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('rs' as const), name: fc.constantFrom('a-1', 'a-2', 'b-1', 'b-2', 'c-1'), owner: fc.constantFrom('a', 'b', undefined), refName: fc.constantFrom('a', 'b', 'x'), refKind: fc.constantFrom('Deployment', 'Other'), replicas: fc.nat(6), del: fc.boolean() }),
  fc.record({ kind: fc.constant('deploy' as const), name: fc.constantFrom('a', 'b'), replicas: fc.nat(5), surge: fc.constantFrom(0, 1, 2, '25%', '50%'), observedBehind: fc.boolean() }),
);

test('property: the first violation of each Deployment is found at the same write as by a check of all of them', () => {
  fc.assert(fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
    const s = new ReplayedState();
    const firstScoped = new Map<string, number>();
    const firstFull = new Map<string, number>();
    ops.forEach((o, i) => {
      const revision = i + 1;
      const exists = s.get(o.kind === 'rs' ? 'replicasets' : 'deployments', 'default', o.name) !== undefined;
      const ev = o.kind === 'rs'
        ? write(s, 'replicasets', replicaSet(o.name, o.owner, o.replicas, o.refName, o.refKind), revision, o.del && exists)
        : write(s, 'deployments', deployment(o.name, o.replicas, o.surge, 2, o.observedBehind ? 1 : 2), revision);
      for (const v of rolloutSurgeBound.check(s, ev)) if (!firstScoped.has(v.objects[0]!)) firstScoped.set(v.objects[0]!, revision);
      for (const v of rolloutSurgeBound.check(s)) if (!firstFull.has(v.objects[0]!)) firstFull.set(v.objects[0]!, revision);
    });
    expect(firstScoped).toEqual(firstFull);
  }), { numRuns: 500 });
});
