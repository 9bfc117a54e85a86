// Per-resource REST strategy rules the generic registry applies around create and update
// (pkg/registry/<group>/<resource>/strategy.go → PrepareForCreate, PrepareForUpdate):
// client-set status is dropped on create, the main resource cannot change status and the
// status subresource cannot change anything else, and metadata.generation starts at 1 and is
// bumped on spec changes for the kinds that track it. Leaves out managedFields.
import { clone, jsonEqual, type KubeObject } from '../apimachinery/object.ts';
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ResourceType } from './registry.ts';
import { computePodQOS } from './pod/pod-qos.ts';
import { aliasServiceAccount } from './defaults/pod-spec.ts';

/** Resources whose strategy sets metadata.generation (spec-bearing workload/policy objects). */
const TRACKS_GENERATION = new Set([
  'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'replicationcontrollers', 'jobs', 'cronjobs',
  'horizontalpodautoscalers', 'poddisruptionbudgets', 'ingresses', 'priorityclasses',
]);

/** The status a new object starts with (the client's status is discarded). */
const INITIAL_STATUS: Record<string, () => unknown> = {
  namespaces: () => ({ phase: 'Active' }),
  services: () => ({ loadBalancer: {} }),
  persistentvolumeclaims: () => ({ phase: 'Pending' }),
  persistentvolumes: () => ({ phase: 'Pending' }),
  deployments: () => ({}), replicasets: () => ({ replicas: 0 }), statefulsets: () => ({ replicas: 0, availableReplicas: 0 }),
  daemonsets: () => ({ currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 }),
  replicationcontrollers: () => ({ replicas: 0 }), jobs: () => ({}), cronjobs: () => ({}),
  horizontalpodautoscalers: () => ({}), resourcequotas: () => ({}),
  poddisruptionbudgets: () => ({ currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 }),
  ingresses: () => ({ loadBalancer: {} }),
};

export function tracksGeneration(type: ResourceType): boolean {
  return TRACKS_GENERATION.has(type.resource);
}

export function prepareForCreate(type: ResourceType, obj: KubeObject): void {
  const initial = INITIAL_STATUS[type.resource];
  if (initial) obj.status = initial();
  // pkg/registry/core/pod/strategy.go → PrepareForCreate: Pending, with the QoS class computed now.
  if (type.resource === 'pods') {
    obj.status = { phase: 'Pending', qosClass: computePodQOS(obj.spec as PodSpec | undefined) };
    // The v1 encoding's serviceAccount alias of the name admission may just have set.
    if (obj.spec !== undefined) aliasServiceAccount(obj.spec as PodSpec);
  }
  if (tracksGeneration(type)) obj.metadata.generation = 1;
  if (type.resource === 'namespaces') {
    const spec = (obj.spec ?? {}) as { finalizers?: string[] };
    obj.spec = { ...spec, finalizers: spec.finalizers ?? ['kubernetes'] };
  }
}

/**
 * A write through the status subresource: the stored object with the request's status. Shares
 * every other part of the (frozen) stored object, so a status write copies only the status;
 * the metadata is a shallow copy the store stamps. Only a Deployment's annotations come from the
 * request: pkg/registry/apps/deployment/strategy.go → deploymentStatusStrategy.PrepareForUpdate
 * resets only spec and labels, so annotations written through /status persist (the controller's
 * revision annotation).
 */
export function prepareForStatusUpdate(type: ResourceType, next: KubeObject, old: KubeObject): KubeObject {
  const out: KubeObject = { ...old, status: clone(next.status), metadata: { ...old.metadata } };
  if (type.resource === 'deployments' && next.metadata.annotations !== undefined) out.metadata.annotations = clone(next.metadata.annotations);
  return out;
}

/** An update of the main resource: the request's object, with the server-owned fields and status kept as stored. */
export function prepareForUpdate(type: ResourceType, next: KubeObject, old: KubeObject): KubeObject {
  const out: KubeObject = { ...next };
  // The stored status is frozen and carried over as it is: the main resource cannot change it.
  if (type.subresources.includes('status') && 'status' in old) out.status = old.status;
  out.metadata = { ...next.metadata, uid: old.metadata.uid!, name: old.metadata.name!, creationTimestamp: old.metadata.creationTimestamp! };
  if (old.metadata.namespace !== undefined) out.metadata.namespace = old.metadata.namespace;
  if (old.metadata.deletionTimestamp !== undefined) out.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
  if (old.metadata.deletionGracePeriodSeconds !== undefined) out.metadata.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
  if (old.metadata.generation !== undefined) out.metadata.generation = old.metadata.generation + (specChanged(out, old) ? 1 : 0);
  return out;
}

function specChanged(next: KubeObject, old: KubeObject): boolean {
  const strip = (o: KubeObject): Record<string, unknown> => {
    const { metadata: _m, status: _s, ...rest } = o;
    return rest;
  };
  return !jsonEqual(strip(next), strip(old));
}

/** True when an update would store nothing new (Kubernetes then skips the write). */
export function isNoopUpdate(next: KubeObject, old: KubeObject): boolean {
  const { metadata: nextMeta, ...nextRest } = next;
  const { metadata: oldMeta, ...oldRest } = old;
  const { resourceVersion: _r1, managedFields: _m1, ...a } = nextMeta;
  const { resourceVersion: _r2, managedFields: _m2, ...b } = oldMeta;
  return jsonEqual(nextRest, oldRest) && jsonEqual(a, b);
}
