// What a DELETE does before (or instead of) removing an object
// (k8s.io/apiserver/pkg/registry/generic/registry/store.go → Delete, BeforeDelete,
// deletionFinalizersForGarbageCollection; pkg/registry/core/pod/strategy.go →
// CheckGracefulDelete; pkg/registry/core/namespace/storage/storage.go → Delete).
// The outcome is either "remove now" or "keep, marked for deletion" with its new metadata.
import type { KubeObject, ServerObjectMeta as ObjectMeta } from '../apimachinery/object.ts';
import { formatTimestamp } from '../clock/timestamp.ts';

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions {
  propagationPolicy?: PropagationPolicy | undefined;
  gracePeriodSeconds?: number | undefined;
  preconditions?: { uid?: string; resourceVersion?: string } | undefined;
  dryRun?: boolean | undefined;
}

export type DeletePlan = { remove: true } | { remove: false; metadata: ObjectMeta; status?: unknown };

const ORPHAN = 'orphan';
const FOREGROUND = 'foregroundDeletion';

/** Grace period a pod deletion gets: none for unscheduled or terminal pods (CheckGracefulDelete). */
function podGracePeriod(pod: KubeObject, requested: number | undefined): number {
  const spec = (pod.spec ?? {}) as { nodeName?: string; terminationGracePeriodSeconds?: number };
  const phase = ((pod.status ?? {}) as { phase?: string }).phase;
  if (!spec.nodeName || phase === 'Succeeded' || phase === 'Failed') return 0;
  return Math.max(0, requested ?? spec.terminationGracePeriodSeconds ?? 30);
}

export function planDeletion(resource: string, obj: KubeObject, opts: DeleteOptions, nowMs: number): DeletePlan {
  const meta: ObjectMeta = { ...obj.metadata };
  const finalizers = new Set(meta.finalizers ?? []);
  if (opts.propagationPolicy === 'Orphan') finalizers.add(ORPHAN);
  if (opts.propagationPolicy === 'Foreground') finalizers.add(FOREGROUND);
  const alreadyDeleting = meta.deletionTimestamp !== undefined;

  if (resource === 'namespaces') {
    // A namespace always goes through Terminating until its spec.finalizers are gone.
    const specFinalizers = ((obj.spec ?? {}) as { finalizers?: string[] }).finalizers ?? [];
    if (specFinalizers.length === 0 && finalizers.size === 0) return { remove: true };
    if (!alreadyDeleting) meta.deletionTimestamp = formatTimestamp(nowMs);
    meta.deletionGracePeriodSeconds = 0;
    if (finalizers.size > 0) meta.finalizers = [...finalizers];
    return { remove: false, metadata: meta, status: { ...(obj.status as object), phase: 'Terminating' } };
  }

  const grace = resource === 'pods' ? podGracePeriod(obj, opts.gracePeriodSeconds) : 0;
  if (grace === 0 && finalizers.size === 0) return { remove: true };
  const deadlineMs = nowMs + grace * 1000;
  if (!alreadyDeleting || grace < (meta.deletionGracePeriodSeconds ?? Infinity)) {
    meta.deletionTimestamp = formatTimestamp(deadlineMs);
    meta.deletionGracePeriodSeconds = grace;
  }
  if (finalizers.size > 0) meta.finalizers = [...finalizers];
  return { remove: false, metadata: meta };
}

/** After an update: a marked object whose finalizers (and grace period) are done is removed. */
export function isReadyToRemove(resource: string, obj: KubeObject): boolean {
  if (obj.metadata.deletionTimestamp === undefined) return false;
  if ((obj.metadata.finalizers ?? []).length > 0) return false;
  if (resource === 'namespaces') return (((obj.spec ?? {}) as { finalizers?: string[] }).finalizers ?? []).length === 0;
  return (obj.metadata.deletionGracePeriodSeconds ?? 0) === 0;
}
