// A simulated cloud load balancer: every type=LoadBalancer Service gets status.loadBalancer.ingress
// [{ ip }] from ip-pool.ts; the address is released when the Service is deleted or changes type
// (the status is cleared). Models k8s.io/cloud-provider controllers/service/controller.go →
// Controller.syncLoadBalancerIfNeeded (EnsuringLoadBalancer / EnsuredLoadBalancer events, status
// patched only when it changed) with MetalLB-style allocation. Left out: the cleanup finalizer,
// node sync, health checks, loadBalancerClass, spec.loadBalancerIP, ports on the ingress.
import type { Service } from 'kubernetes-types/core/v1';
import { clone, jsonEqual, metaKey, splitMetaKey, type Stored } from '../../apimachinery/object.ts';
import { isStatusError } from '../../api/errors.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { firstFree, inPool, POOL_FIRST, POOL_LAST } from './ip-pool.ts';

const ipOf = (svc: Service): string | undefined => svc.status?.loadBalancer?.ingress?.[0]?.ip;

/** Which address each Service holds: the allocator's memory, rebuilt from statuses it has not yet seen. */
export class LoadBalancerAllocations {
  private readonly byKey = new Map<string, string>();
  observe(key: string, svc: Service | undefined): void {
    const ip = svc && svc.spec?.type === 'LoadBalancer' ? ipOf(svc) : undefined;
    if (ip && inPool(ip) && !this.byKey.has(key)) this.byKey.set(key, ip);
  }
  get(key: string): string | undefined { return this.byKey.get(key); }
  release(key: string): void { this.byKey.delete(key); }
  allocate(key: string): string | undefined {
    const held = this.byKey.get(key);
    if (held) return held;
    const ip = firstFree(new Set(this.byKey.values()));
    if (ip) this.byKey.set(key, ip);
    return ip;
  }
}

export function desiredStatusIp(svc: Service, allocations: LoadBalancerAllocations, key: string): string | undefined {
  if (svc.spec?.type !== 'LoadBalancer' || svc.metadata?.deletionTimestamp) {
    allocations.release(key);
    return undefined;
  }
  return allocations.allocate(key);
}

export const serviceLoadBalancerController: ControllerDefinition = {
  name: 'service-lb-controller',
  start(ctx) {
    const allocations = new LoadBalancerAllocations();
    const services = ctx.informers.informer<Service>('services');
    const queue = new WorkQueue(ctx, (key) => sync(ctx, key));
    const add = (s: Service): void => queue.add(metaKey(s as Stored<Service>));
    services.addHandler({ add, update: (_o, s) => add(s), delete: add });
    const sync = (c: ControllerContext, key: string): void => {
      const { namespace, name } = splitMetaKey(key);
      const svc = services.get(namespace, name);
      allocations.observe(key, svc);
      if (!svc) return allocations.release(key);
      const wasLb = ipOf(svc) !== undefined;
      if (svc.spec?.type !== 'LoadBalancer' && !wasLb) return;
      const ip = desiredStatusIp(svc, allocations, key);
      if (svc.spec?.type === 'LoadBalancer' && !ip) {
        c.recorder.event(svc, 'Warning', 'SyncLoadBalancerFailed', `Error syncing load balancer: failed to ensure load balancer: no free address in pool ${POOL_FIRST}-${POOL_LAST}`);
        return;
      }
      const loadBalancer = ip ? { ingress: [{ ip, ipMode: 'VIP' }] } : {};
      if (jsonEqual(svc.status?.loadBalancer ?? {}, loadBalancer)) return;
      if (ip) c.recorder.event(svc, 'Normal', 'EnsuringLoadBalancer', 'Ensuring load balancer');
      const copy = clone(svc) as Service;
      const updated: Service = { ...copy, status: { ...(copy.status ?? {}), loadBalancer } };
      try {
        c.client.updateStatus('services', updated);
      } catch (e) {
        if (isStatusError(e, 'NotFound')) return allocations.release(key);
        throw e;
      }
      if (ip) c.recorder.event(svc, 'Normal', 'EnsuredLoadBalancer', 'Ensured load balancer');
    };
  },
};
