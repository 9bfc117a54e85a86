// The Deployment controller as a ControllerDefinition: informers on deployments, replicasets
// and pods; handlers map each object to its Deployment's key; reconcile is syncDeployment with
// its requeue (rate-limited, or after the progress deadline). Models
// pkg/controller/deployment/deployment_controller.go → addReplicaSet, updateReplicaSet,
// deleteReplicaSet, deletePod (Recreate waits for pods), getDeploymentsForReplicaSet.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { CachePort } from '../replicaset/ports.ts';
import { selectorMatches } from '../replicaset/shims/label-selector.ts';
import type { ControllerDefinition, ControllerContext } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { syncDeployment } from './sync-deployment.ts';

const keyOf = (o: { metadata?: { namespace?: string; name?: string } }): string => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;
const ref = (o: { metadata?: { ownerReferences?: { controller?: boolean; kind: string; name: string; uid: string }[] } }) =>
  o.metadata?.ownerReferences?.find((r) => r.controller === true);

function start(ctx: ControllerContext): void {
  const deployments = ctx.informers.informer<Deployment & KubeObject>('deployments');
  const replicaSets = ctx.informers.informer<ReplicaSet & KubeObject>('replicasets');
  const pods = ctx.informers.informer<Pod & KubeObject>('pods');
  const deps = {
    client: ctx.client, recorder: ctx.recorder, nowMs: () => ctx.clock.nowMs(),
    deployments: deployments as CachePort<Deployment>, replicaSets: replicaSets as CachePort<ReplicaSet>, pods: pods as CachePort<Pod>,
  };
  const queue = new WorkQueue(ctx, (key) => {
    const r = syncDeployment(deps, key);
    if (r.requeue === 'rate-limited') queue.addRateLimited(key);
    else if (r.requeue !== 'none') queue.addAfter(key, r.requeue.afterMs);
  });
  const ownerOf = (rs: ReplicaSet): Deployment | undefined => {
    const r = ref(rs);
    if (r === undefined || r.kind !== 'Deployment') return undefined;
    const d = deployments.get(rs.metadata?.namespace, r.name);
    return d?.metadata.uid === r.uid ? d : undefined;
  };
  const enqueueFor = (rs: ReplicaSet): void => {
    const owner = ownerOf(rs);
    if (owner) return queue.add(keyOf(owner));
    if (ref(rs) !== undefined) return;
    for (const d of deployments.list(rs.metadata?.namespace, (x) => selectorMatches(x.spec?.selector, rs.metadata?.labels))) queue.add(keyOf(d));
  };
  deployments.addHandler({ add: (d) => queue.add(keyOf(d)), update: (_o, d) => queue.add(keyOf(d)), delete: (d) => queue.add(keyOf(d)) });
  replicaSets.addHandler({
    add: (rs) => enqueueFor(rs),
    update: (old, cur) => {
      if (old.metadata.resourceVersion === cur.metadata.resourceVersion) return;
      if (ref(old)?.uid !== ref(cur)?.uid) { const o = ownerOf(old); if (o) queue.add(keyOf(o)); }
      enqueueFor(cur);
    },
    delete: (rs) => { const o = ownerOf(rs); if (o) queue.add(keyOf(o)); },
  });
  pods.addHandler({
    delete: (pod) => {
      const r = ref(pod);
      if (r === undefined || r.kind !== 'ReplicaSet') return;
      const rs = replicaSets.get(pod.metadata?.namespace, r.name);
      const d = rs ? ownerOf(rs) : undefined;
      if (d?.spec?.strategy?.type === 'Recreate') queue.add(keyOf(d));
    },
  });
}

export const deploymentController: ControllerDefinition = { name: 'deployment-controller', start };
