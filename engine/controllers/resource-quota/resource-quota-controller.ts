// The ResourceQuota controller: keeps status.hard = spec.hard and status.used = recomputed usage,
// on quota creation and hard changes, on replenishment (deletions, pods turning terminal, service
// type changes) and on a full resync every 5 minutes. Models pkg/controller/resourcequota/
// resource_quota_controller.go (addQuota, updateQuota, syncResourceQuota, Run's resync) and
// resource_quota_monitor.go (replenishment). Usage is computed from a fresh list, not a cache.
import type { ResourceQuota } from 'kubernetes-types/core/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import { isStatusError } from '../../api/errors.ts';
import { jsonEqual, splitMetaKey, metaKey } from '../../apimachinery/object.ts';
import type { PolicyObject } from '../../api/admission/support/attributes.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { QUOTA_RESYNC_PERIOD_MS, updateReplenishes } from './replenishment.ts';
import { syncResourceQuota } from './sync-quota.ts';
import { evaluatorsForHard } from '../../api/admission/quota/registry.ts';

/** Resources whose deletions can free quota (the quota monitor's replenishment set). */
export const REPLENISHED_RESOURCES = [
  'pods', 'services', 'persistentvolumeclaims', 'configmaps', 'secrets', 'replicationcontrollers', 'resourcequotas',
  'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs',
];

export const resourceQuotaController: ControllerDefinition = {
  name: 'resourcequota-controller',
  start(ctx) {
    const quotas = ctx.informers.informer<ResourceQuota>('resourcequotas');
    const queue = new WorkQueue(ctx, (key) => reconcile(ctx, key, queue));
    // replenishQuota: only the namespace's quotas that track something this resource is charged for.
    const enqueueNamespace = (namespace: string | undefined, resource: string): void => {
      for (const q of quotas.list(namespace)) if (tracks(q, resource)) queue.add(metaKey(q));
    };
    quotas.addHandler({
      add: (q) => queue.add(metaKey(q)),
      // Only spec.hard changes drive a recalculation; status writes are this controller's own or
      // admission's charges (upstream: "we ignore all updates to quota.Status"); the resync catches the rest.
      update: (old, q) => { if (!jsonEqual(old.spec?.hard ?? {}, q.spec?.hard ?? {})) queue.add(metaKey(q)); },
    });
    for (const resource of REPLENISHED_RESOURCES) {
      ctx.informers.informer(resource).addHandler({
        delete: (obj) => enqueueNamespace(obj.metadata.namespace, resource),
        update: (oldObj, newObj) => {
          if (updateReplenishes(resource, oldObj as PolicyObject, newObj as PolicyObject, ctx.clock.nowMs())) enqueueNamespace(newObj.metadata.namespace, resource);
        },
      });
    }
  },
};

function tracks(quota: ResourceQuota, resource: string): boolean {
  const hard = Object.keys(quota.status?.hard ?? {});
  return evaluatorsForHard(hard).some((e) => e.resource === resource && e.matchingResources(hard).length > 0);
}

function reconcile(ctx: ControllerContext, key: string, queue: WorkQueue): void {
  const { namespace, name } = splitMetaKey(key);
  let quota: ResourceQuota;
  try {
    quota = ctx.client.get<ResourceQuota>('resourcequotas', namespace, name);
  } catch (e) {
    if (isStatusError(e, 'NotFound')) return;
    throw e;
  }
  const list = (resource: string): PolicyObject[] =>
    ctx.client.list<KubeObject>(resource, { namespace: namespace ?? '' }).items as PolicyObject[];
  const updated = syncResourceQuota(quota, (resource) => safeList(list, resource), ctx.clock.nowMs());
  if (updated) ctx.client.updateStatus('resourcequotas', updated);
  // The periodic full resync (--resource-quota-sync-period, 5m); a timer, so it never holds settle.
  queue.addAfter(key, QUOTA_RESYNC_PERIOD_MS, 'timer');
}

/** Resources the API does not serve count as empty (a `count/widgets.example.com` quota). */
function safeList(list: (resource: string) => PolicyObject[], resource: string): PolicyObject[] {
  try {
    return list(resource);
  } catch (e) {
    if (isStatusError(e, 'NotFound')) return [];
    throw e;
  }
}
