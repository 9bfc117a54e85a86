// The pods/binding and */scale subresources.
// Binding: pkg/registry/core/pod/storage/storage.go → BindingREST.Create / assignPod /
// setPodHostAndAnnotations: spec.nodeName is set once, with PodScheduled=True.
// Scale: pkg/registry/apps/deployment/storage/storage.go → ScaleREST (autoscaling/v1 Scale
// with status.selector as a string).
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { labelSelectorAsSelector } from '../apimachinery/label-selector.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import { formatTimestamp } from '../clock/timestamp.ts';
import { conflict, notFound } from './errors.ts';

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
