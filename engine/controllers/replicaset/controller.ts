// The ReplicaSet and ReplicationController controllers as ControllerDefinitions: informers on
// the owners and on pods, handlers that only compute keys (and feed expectations), a work
// queue whose reconcile is syncReplicaSet. Models pkg/controller/replicaset/replica_set.go →
// NewBaseController handlers (addPod, updatePod, deletePod, resolveControllerRef, getPodReplicaSets).
import type { Pod } from 'kubernetes-types/core/v1.js';
import { jsonEqual, type KubeObject } from '../../apimachinery/object.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { ControllerExpectations } from './expectations.ts';
import { PodFactsMemo } from './pod-facts.ts';
import { isPodReady } from './pod-util.ts';
import type { CachePort, IndexedCachePort } from './ports.ts';
import { podControllerUIDIndex, POD_CONTROLLER_UID_INDEX } from './pod-controller-index.ts';
import { REPLICA_SET_KIND, REPLICATION_CONTROLLER_KIND, type ReplicatedKind, type ReplicatedLike } from './replicated-kind.ts';
import { selectorMatches } from './shims/label-selector.ts';
import { syncReplicaSet } from './sync-replica-set.ts';

type Owner = ReplicatedLike & KubeObject;
const keyOf = (o: { metadata?: { namespace?: string; name?: string } }): string => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;
const controllerRef = (p: Pod) => p.metadata?.ownerReferences?.find((r) => r.controller === true);

export function startReplicatedController(ctx: ControllerContext, kind: ReplicatedKind): void {
  const owners = ctx.informers.informer<Owner>(kind.resource);
  const pods = ctx.informers.informer<Pod & KubeObject>('pods');
  pods.addIndexer(POD_CONTROLLER_UID_INDEX, podControllerUIDIndex);
  const expectations = new ControllerExpectations();
  const deps = {
    kind, client: ctx.client, owners: owners as CachePort<ReplicatedLike>, pods: pods as IndexedCachePort<Pod>,
    recorder: ctx.recorder, expectations, nowMs: () => ctx.clock.nowMs(), podFacts: new PodFactsMemo(),
  };
  const queue = new WorkQueue(ctx, (key) => {
    const r = syncReplicaSet(deps, key);
    if (r.requeueAfterMs !== undefined) queue.addAfter(key, r.requeueAfterMs);
  }, Infinity); // replica_set.go → processNextWorkItem requeues failures rate-limited, without a retry limit

  const resolve = (pod: Pod): Owner | undefined => {
    const ref = controllerRef(pod);
    if (ref === undefined || ref.kind !== kind.kind) return undefined;
    const owner = owners.get(pod.metadata?.namespace, ref.name);
    return owner?.metadata.uid === ref.uid ? owner : undefined;
  };
  const matching = (pod: Pod): Owner[] => owners.list(pod.metadata?.namespace, (o) => selectorMatches(kind.selectorOf(o), pod.metadata?.labels));
  const podDeleted = (pod: Pod): void => {
    const owner = resolve(pod);
    if (owner === undefined) return;
    expectations.deletionObserved(keyOf(owner), keyOf(pod));
    queue.add(keyOf(owner));
  };
  owners.addHandler({
    add: (o) => queue.add(keyOf(o)),
    update: (_old, o) => queue.add(keyOf(o)),
    delete: (o) => { expectations.delete(keyOf(o)); queue.add(keyOf(o)); },
  });
  pods.addHandler({
    add: (pod) => {
      if (pod.metadata?.deletionTimestamp !== undefined) return podDeleted(pod);
      const owner = resolve(pod);
      if (owner) { expectations.creationObserved(keyOf(owner)); queue.add(keyOf(owner)); return; }
      if (controllerRef(pod) === undefined) for (const o of matching(pod)) queue.add(keyOf(o));
    },
    update: (old, cur) => {
      if (old.metadata?.resourceVersion === cur.metadata?.resourceVersion) return;
      // reflect.DeepEqual of the label maps; jsonEqual returns at once for the same (shared) object.
      const labelsChanged = !jsonEqual(old.metadata?.labels ?? {}, cur.metadata?.labels ?? {});
      if (cur.metadata?.deletionTimestamp !== undefined) { podDeleted(cur); if (labelsChanged) podDeleted(old); return; }
      const refChanged = controllerRef(old)?.uid !== controllerRef(cur)?.uid;
      const oldOwner = refChanged ? resolve(old) : undefined;
      if (oldOwner) queue.add(keyOf(oldOwner));
      const owner = resolve(cur);
      if (owner) {
        queue.add(keyOf(owner));
        const minReady = owner.spec?.minReadySeconds ?? 0;
        if (minReady > 0 && !isPodReady(old) && isPodReady(cur)) queue.addAfter(keyOf(owner), minReady * 1000);
        return;
      }
      if (controllerRef(cur) === undefined && (labelsChanged || refChanged)) for (const o of matching(cur)) queue.add(keyOf(o));
    },
    delete: (pod) => podDeleted(pod),
  });
}

export const replicaSetController: ControllerDefinition = {
  name: REPLICA_SET_KIND.componentName,
  start: (ctx) => startReplicatedController(ctx, REPLICA_SET_KIND),
};

export const replicationController: ControllerDefinition = {
  name: REPLICATION_CONTROLLER_KIND.componentName,
  start: (ctx) => startReplicatedController(ctx, REPLICATION_CONTROLLER_KIND),
};
