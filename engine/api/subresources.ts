// The subresources' REST handlers, beside the main resource's as upstream registers BindingREST,
// EvictionREST, StatusREST and ScaleREST next to each storage: pods/binding, pods/eviction (its
// budget logic in eviction-rest.ts), GET */status and */scale.
// Binding: pkg/registry/core/pod/storage/storage.go → BindingREST.Create / assignPod /
// setPodHostAndAnnotations: spec.nodeName is set once, with PodScheduled=True.
// Scale: pkg/registry/apps/deployment/storage/storage.go → ScaleREST (autoscaling/v1 Scale
// with status.selector as a string).
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { labelSelectorAsSelector } from '../apimachinery/label-selector.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import type { VirtualClock } from '../clock/virtual-clock.ts';
import { formatTimestamp } from '../clock/timestamp.ts';
import type { Journal } from '../journal/journal.ts';
import type { ObjectStore } from '../store/object-store.ts';
import type { DeleteOptions } from './deletion.ts';
import { conflict, notFound, StatusError } from './errors.ts';
import { evictPod, type EvictionServer, type SubresourceOptions } from './eviction-rest.ts';
import { recordWrite } from './journal-detail.ts';
import type { ResourceType } from './registry.ts';

export interface Scale {
  apiVersion: 'autoscaling/v1';
  kind: 'Scale';
  metadata: KubeObject['metadata'];
  spec: { replicas: number };
  status: { replicas: number; selector?: string };
}

interface PodShape {
  spec?: { nodeName?: string };
  status?: { conditions?: { type: string; status: string; lastTransitionTime?: string | null; lastProbeTime?: string | null }[] };
}

export function boundPod(pod: KubeObject, nodeName: string, nowMs: number): KubeObject {
  const p = pod as KubeObject & PodShape;
  if (p.spec?.nodeName) {
    throw conflict({ group: '', resource: 'pods/binding' }, pod.metadata.name ?? '',
      `pod ${pod.metadata.name ?? ''} is already assigned to node "${p.spec.nodeName}"`);
  }
  if (pod.metadata.deletionTimestamp) {
    throw conflict({ group: '', resource: 'pods/binding' }, pod.metadata.name ?? '', 'pod is being deleted, cannot be assigned to a host');
  }
  // Structural sharing: the stored pod is frozen, so its untouched parts are reused as they are.
  const next = { ...p };
  next.spec = { ...next.spec, nodeName };
  const conditions = (next.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
  conditions.unshift({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: formatTimestamp(nowMs) });
  next.status = { ...next.status, conditions };
  return next;
}

/** Scale status.selector: LabelSelectorAsSelector(selector).String() (requirements sorted by key). */
export function selectorString(sel: LabelSelector | undefined): string {
  return sel ? labelSelectorAsSelector(sel).toString() : '';
}

export function scaleOf(obj: KubeObject): Scale {
  const spec = (obj.spec ?? {}) as { replicas?: number; selector?: LabelSelector | Record<string, string> };
  const status = (obj.status ?? {}) as { replicas?: number };
  // ReplicationControllers carry a plain map selector; the apps kinds a LabelSelector.
  const sel = spec.selector && ('matchLabels' in spec.selector || 'matchExpressions' in spec.selector)
    ? spec.selector as LabelSelector : { matchLabels: spec.selector as Record<string, string> | undefined ?? {} };
  const meta: KubeObject['metadata'] = { name: obj.metadata.name!, namespace: obj.metadata.namespace!, uid: obj.metadata.uid!,
    resourceVersion: obj.metadata.resourceVersion!, creationTimestamp: obj.metadata.creationTimestamp! };
  return {
    apiVersion: 'autoscaling/v1', kind: 'Scale', metadata: meta,
    spec: { replicas: spec.replicas ?? 0 }, status: { replicas: status.replicas ?? 0, selector: selectorString(sel) },
  };
}

export function assertScalable(resource: string, name: string, subresources: readonly string[]): void {
  if (!subresources.includes('scale')) throw notFound({ group: '', resource: `${resource}/scale` }, name);
}

/** The main resources' requests the subresources make. */
export interface SubresourceServer extends EvictionServer {
  typeOf(resource: string): ResourceType;
}

export class SubresourceRest {
  constructor(private readonly server: SubresourceServer, private readonly deps: { store: ObjectStore; clock: VirtualClock; journal: Journal }) {}

  /** POST pods/binding: written straight to storage, as BindingREST's assignPod does (no admission of the pod). */
  bind(namespace: string, podName: string, nodeName: string, opts: SubresourceOptions): KubeObject {
    const pod = this.server.get('pods', namespace, podName);
    const bound = boundPod(pod, nodeName, this.deps.clock.nowMs());
    const stored = this.deps.store.update('pods', bound, pod.metadata.resourceVersion);
    recordWrite(this.deps.journal, opts.component, 'update', stored);
    return stored;
  }

  /** POST pods/eviction (eviction-rest.ts). */
  evict(namespace: string, name: string, options: DeleteOptions, opts: SubresourceOptions): KubeObject {
    return evictPod(this.server, () => this.deps.clock.nowMs(), namespace, name, options, opts);
  }

  /**
   * GET of the /status subresource: the whole object, as StatusREST.Get answers
   * (pkg/registry/apps/replicaset/storage/storage.go and its siblings); a kind without the
   * subresource has no such path (404).
   */
  getStatus(resource: string, namespace: string | undefined, name: string): KubeObject {
    if (!this.server.typeOf(resource).subresources.includes('status')) throw new StatusError('NotFound', 404, 'the server could not find the requested resource');
    return this.server.get(resource, namespace, name);
  }

  getScale(resource: string, namespace: string, name: string): Scale {
    assertScalable(resource, name, this.server.typeOf(resource).subresources);
    return scaleOf(this.server.get(resource, namespace, name));
  }

  /** PUT of the scale subresource: the new spec.replicas through the main resource's update (ScaleREST.Update). */
  updateScale(resource: string, namespace: string, name: string, replicas: number, opts: SubresourceOptions): Scale {
    assertScalable(resource, name, this.server.typeOf(resource).subresources);
    const current = this.server.get(resource, namespace, name);
    const spec = { ...(current.spec as object), replicas };
    return scaleOf(this.server.update(resource, { ...current, spec }, opts));
  }
}
