// The namespace controller: for every namespace with a deletionTimestamp, run the deleter until its
// content is gone and the namespace is removed, retrying after the pods' grace period or the
// finalizer estimate. Models pkg/controller/namespace/namespace_controller.go (enqueueNamespace,
// syncNamespaceFromKey, ResourcesRemainingError requeue) over an ApiClient-backed port.
import type { Namespace } from 'kubernetes-types/core/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import { formatTimestamp } from '../../clock/timestamp.ts';
import { isStatusError } from '../../api/errors.ts';
import { RESOURCES } from '../../api/registry.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { syncNamespace } from './namespace-deleter.ts';
import type { GroupResource, NamespaceContentPort } from './namespace-port.ts';

export const namespaceController: ControllerDefinition = {
  name: 'namespace-controller',
  start(ctx) {
    const namespaces = ctx.informers.informer<Namespace>('namespaces');
    const queue = new WorkQueue(ctx, (name) => {
      const result = syncNamespace(clientPort(ctx), name, formatTimestamp);
      // Waiting on pods is the kubelets' work and holds settle; waiting on finalizers does not.
      if (result.kind === 'retry') queue.addAfter(name, result.afterSeconds * 1000, result.podsRemaining ? 'work' : 'timer');
    });
    const enqueue = (ns: Namespace & KubeObject): void => {
      if (ns.metadata.deletionTimestamp !== undefined) queue.add(ns.metadata.name ?? '');
    };
    namespaces.addHandler({ add: enqueue, update: (_old, ns) => enqueue(ns) });
  },
};

/** Namespaced resources that can be deleted, one per plural (bindings are create-only). */
function deletableResources(): GroupResource[] {
  const seen = new Set<string>();
  const out: GroupResource[] = [];
  for (const t of RESOURCES) {
    if (!t.namespaced || !t.verbs.includes('delete') || t.resource === 'bindings' || seen.has(t.resource)) continue;
    seen.add(t.resource);
    out.push({ resource: t.resource, group: t.group });
  }
  return out;
}

function clientPort(ctx: ControllerContext): NamespaceContentPort {
  const client = ctx.client;
  return {
    nowMs: () => ctx.clock.nowMs(),
    getNamespace: (name) => {
      try { return client.get<Namespace>('namespaces', undefined, name); } catch (e) { if (isStatusError(e, 'NotFound')) return undefined; throw e; }
    },
    deletableResources,
    list: (gr, namespace) => client.list<KubeObject>(gr.resource, { namespace }).items,
    deleteCollection: (gr, namespace) => { client.deleteCollection(gr.resource, { namespace }); },
    updateStatus: (ns) => client.updateStatus<Namespace>('namespaces', ns),
    finalize: (ns, finalizers) => client.patch<Namespace>('namespaces', undefined, ns.metadata?.name ?? '', 'merge', { spec: { finalizers } }, { subresource: 'finalize' }),
    deleteNamespace: (name, uid) => {
      try {
        client.delete('namespaces', undefined, name, uid ? { preconditions: { uid } } : {});
      } catch (e) {
        if (!isStatusError(e, 'NotFound')) throw e;
      }
    },
  };
}
