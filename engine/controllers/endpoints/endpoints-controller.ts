// The Endpoints controller (pkg/controller/endpoint/endpoints_controller.go): one work item per
// Service; pod changes that matter (labels, readiness, IP, deletion, hostname —
// podEndpointsChanged) requeue the Services selecting the pod before and after. A sync writes
// only when subsets or labels changed. Deleting a Service deletes its Endpoints.
import type { Endpoints, Pod, Service } from 'kubernetes-types/core/v1';
import { jsonEqual, metaKey, splitMetaKey, type Stored } from '../../apimachinery/object.ts';
import { isStatusError } from '../../api/errors.ts';
import { formatTimestamp } from '../../clock/timestamp.ts';
import type { Informer } from '../../client/informer.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { desiredSubsets } from './desired-endpoints.ts';
import { isPodReady, managesEndpoints, selects } from './service-pods.ts';

export const MANAGED_BY = 'endpoints.kubernetes.io/managed-by';
const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';

/** Requeues the Services in the pod's namespace that select it (before or after a change). */
export function servicesForPod(services: Informer<Stored<Service>>, ...pods: Pod[]): string[] {
  // The set is made only when a Service selects the pod: most pod writes concern none, so the
  // namespace's Services are walked in place rather than listed.
  let keys: Set<string> | undefined;
  for (const pod of pods) {
    services.forEach(pod.metadata?.namespace, (s) => { if (selects(s, pod)) (keys ??= new Set()).add(metaKey(s)); });
  }
  return keys === undefined ? [] : [...keys];
}

/** Whether a pod update can change any Service's endpoints (podEndpointsChanged). */
export function podEndpointsChanged(a: Pod, b: Pod): boolean {
  return !jsonEqual(a.metadata?.labels, b.metadata?.labels) || a.status?.podIP !== b.status?.podIP
    || isPodReady(a) !== isPodReady(b) || Boolean(a.metadata?.deletionTimestamp) !== Boolean(b.metadata?.deletionTimestamp)
    || a.spec?.hostname !== b.spec?.hostname || a.spec?.subdomain !== b.spec?.subdomain || a.status?.phase !== b.status?.phase
    || a.spec?.nodeName !== b.spec?.nodeName;
}

export function watchServicesAndPods(ctx: ControllerContext, queue: WorkQueue): { services: Informer<Stored<Service>>; pods: Informer<Stored<Pod>> } {
  const services = ctx.informers.informer<Service>('services');
  const pods = ctx.informers.informer<Pod>('pods');
  const add = (s: Service): void => queue.add(metaKey(s as Stored<Service>));
  services.addHandler({ add, update: (_o, s) => add(s), delete: add });
  pods.addHandler({
    add: (p) => servicesForPod(services, p).forEach((k) => queue.add(k)),
    update: (o, p) => podEndpointsChanged(o, p) && servicesForPod(services, o, p).forEach((k) => queue.add(k)),
    delete: (p) => servicesForPod(services, p).forEach((k) => queue.add(k)),
  });
  return { services, pods };
}

export const endpointsController: ControllerDefinition = {
  name: 'endpoint-controller',
  start(ctx) {
    const queue = new WorkQueue(ctx, (key) => sync(key));
    const { services, pods } = watchServicesAndPods(ctx, queue);
    const endpoints = ctx.informers.informer<Endpoints>('endpoints');
    const sync = (key: string): void => {
      const { namespace, name } = splitMetaKey(key);
      const svc = services.get(namespace, name);
      const existing = endpoints.get(namespace, name);
      if (!svc) {
        if (existing && existing.metadata.labels?.[MANAGED_BY] === 'endpoint-controller') deleteIgnoringNotFound(ctx, namespace, name);
        return;
      }
      if (!managesEndpoints(svc)) return;
      const subsets = desiredSubsets(svc, pods.list(namespace, (p) => selects(svc, p)));
      const labels: Record<string, string> = { ...svc.metadata.labels, [MANAGED_BY]: 'endpoint-controller' };
      if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
      if (existing && jsonEqual(existing.subsets ?? [], subsets) && jsonEqual(existing.metadata.labels ?? {}, labels)) return;
      const body: Endpoints = {
        apiVersion: 'v1', kind: 'Endpoints',
        metadata: { name, namespace: namespace ?? 'default', labels, annotations: { ...existing?.metadata.annotations, [TRIGGER_TIME]: formatTimestamp(ctx.clock.nowMs()) } },
        ...(subsets.length > 0 ? { subsets } : {}),
      };
      if (existing) ctx.client.update('endpoints', { ...body, metadata: { ...body.metadata, resourceVersion: existing.metadata.resourceVersion } });
      else ctx.client.create('endpoints', body);
    };
  },
};

function deleteIgnoringNotFound(ctx: ControllerContext, namespace: string | undefined, name: string): void {
  try {
    ctx.client.delete('endpoints', namespace, name);
  } catch (e) {
    if (!isStatusError(e, 'NotFound')) throw e;
  }
}
