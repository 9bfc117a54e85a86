// The garbage collector as a ControllerDefinition: an ownerReferences graph kept from informers
// on the owning/owned workload resources, and one queue processing "attempt to delete" and
// "orphan dependents" items. Models pkg/controller/garbagecollector/graph_builder.go
// (processGraphChanges) and garbagecollector.go (attemptToDeleteItem, processDeletingDependentsItem,
// orphanDependents). Known limitation: watches only the resources in GC_RESOURCES, not discovery.
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import { findResource } from '../../api/registry.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { statusReason } from '../replicaset/ports.ts';
import { FINALIZER_DELETE_DEPENDENTS, FINALIZER_ORPHAN, hasFinalizer } from './classify-references.ts';
import { attemptToDeleteItem, deleteOwnerRefPatch, isDeletingDependents, orphanDependents, processDeletingDependentsItem } from './decide.ts';
import { OwnerGraph, type NodeId } from './owner-graph.ts';

export const GC_RESOURCES = ['deployments', 'replicasets', 'replicationcontrollers', 'pods', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs', 'controllerrevisions'];

function start(ctx: ControllerContext): void {
  const graph = new OwnerGraph();
  const resources = GC_RESOURCES.filter((r) => findResource(r) !== undefined);
  const queue = new WorkQueue(ctx, (item) => process(ctx, graph, item));
  for (const resource of resources) {
    const informer = ctx.informers.informer<KubeObject>(resource);
    informer.addHandler({
      add: (o) => observe(graph, queue, resource, o),
      update: (_old, o) => observe(graph, queue, resource, o),
      delete: (o) => {
        const id = graph.idOf(resource, o);
        const dependents = graph.dependentsOf(o.metadata.uid ?? '');
        const owners = o.metadata.ownerReferences ?? [];
        graph.remove(o.metadata.uid ?? '');
        for (const dep of dependents) queue.add(`attempt|${dep}`);
        for (const r of owners) { const owner = graph.byUid(r.uid); if (owner) queue.add(`attempt|${owner}`); }
        void id;
      },
    });
  }
}

function observe(graph: OwnerGraph, queue: WorkQueue, resource: string, o: KubeObject): void {
  const id = graph.upsert(resource, o);
  const meta = o.metadata;
  if (meta.deletionTimestamp !== undefined && hasFinalizer(meta, FINALIZER_ORPHAN)) queue.add(`orphan|${id}`);
  if (isDeletingDependents(meta)) {
    queue.add(`attempt|${id}`);
    for (const dep of graph.dependentsOf(meta.uid ?? '')) queue.add(`attempt|${dep}`);
  }
  if ((meta.ownerReferences ?? []).some((r) => !graph.hasUid(r.uid) || graph.isDeletingDependents(r.uid))) queue.add(`attempt|${id}`);
}

function getLatest(ctx: ControllerContext, id: NodeId): KubeObject | undefined {
  const [resource = '', namespace = '', name = ''] = id.split('/');
  try { return ctx.client.get<KubeObject>(resource, namespace || undefined, name); }
  catch (e) { if (statusReason(e) === 'NotFound') return undefined; throw e; }
}

function lookupOwner(ctx: ControllerContext, namespace: string | undefined) {
  return (ref: OwnerReference): { metadata?: ObjectMeta } | undefined => {
    const type = findResource(ref.kind);
    if (type === undefined) return undefined;
    try { return ctx.client.get<KubeObject>(type.resource, type.namespaced ? namespace : undefined, ref.name); }
    catch (e) { if (statusReason(e) === 'NotFound') return undefined; throw e; }
  };
}

function process(ctx: ControllerContext, graph: OwnerGraph, item: string): void {
  const [verb, id = ''] = item.split('|');
  const latest = getLatest(ctx, id);
  if (latest === undefined) return;
  const [resource = ''] = id.split('/');
  const ns = latest.metadata.namespace;
  const uid = latest.metadata.uid ?? '';
  const dependents = graph.dependentsOf(uid).map((d) => getLatest(ctx, d)).filter((d): d is KubeObject => d !== undefined);
  if (verb === 'orphan') {
    const plan = orphanDependents(uid, dependents);
    for (const p of plan.patches) patchOwnerRefs(ctx, p.dependent as KubeObject, p.patch);
    removeFinalizer(ctx, resource, latest, plan.removeFinalizer);
    return;
  }
  if (isDeletingDependents(latest.metadata)) {
    const next = processDeletingDependentsItem(uid, dependents);
    if (next.kind === 'remove-finalizer') removeFinalizer(ctx, resource, latest, FINALIZER_DELETE_DEPENDENTS);
    else for (const d of next.dependents) { const depId = graph.idOf(undefined, d as KubeObject); if (depId) queueAttempt(ctx, graph, depId); }
    return;
  }
  const action = attemptToDeleteItem({
    metadata: latest.metadata, dependentsCount: dependents.length,
    hasDependentDeletingDependents: dependents.some((d) => isDeletingDependents(d.metadata)),
  }, lookupOwner(ctx, ns));
  if (action.kind === 'remove-owner-references') patchOwnerRefs(ctx, latest, deleteOwnerRefPatch(uid, action.uids));
  else if (action.kind === 'delete') {
    try { ctx.client.delete(resource, ns, latest.metadata.name ?? '', { propagationPolicy: action.propagation, preconditions: { uid } }); }
    catch (e) { if (statusReason(e) !== 'NotFound' && statusReason(e) !== 'Conflict') throw e; }
  }
}

/** Blocking dependents are processed in the same pass (their own delete events requeue the owner). */
function queueAttempt(ctx: ControllerContext, graph: OwnerGraph, id: NodeId): void {
  process(ctx, graph, `attempt|${id}`);
}

function patchOwnerRefs(ctx: ControllerContext, obj: KubeObject, patch: object): void {
  const type = findResource(obj.kind);
  if (type === undefined) return;
  try { ctx.client.patch(type.resource, obj.metadata.namespace, obj.metadata.name ?? '', 'strategic', patch); }
  catch (e) { if (statusReason(e) !== 'NotFound') throw e; }
}

function removeFinalizer(ctx: ControllerContext, resource: string, obj: KubeObject, finalizer: string): void {
  const finalizers = (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer);
  try { ctx.client.update(resource, { ...obj, metadata: { ...obj.metadata, finalizers } }); }
  catch (e) { if (statusReason(e) !== 'NotFound') throw e; }
}

export const garbageCollector: ControllerDefinition = { name: 'garbage-collector-controller', start };
