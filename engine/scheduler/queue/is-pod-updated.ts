// Whether a pod update can change its scheduling outcome.
// Models: pkg/scheduler/backend/queue/scheduling_queue.go → isPodUpdated (status, resourceVersion,
// generation and managedFields are ignored, so the scheduler's own status writes never retry a pod).
import type { Pod } from 'kubernetes-types/core/v1';

/** Did anything but status (and resourceVersion, generation,
 * managedFields) change? Status-only writes, such as the scheduler's own condition, do not retry a pod.
 */
export function isPodUpdated(oldPod: Pod, newPod: Pod): boolean {
  const strip = (p: Pod) => {
    const { resourceVersion: _rv, generation: _g, managedFields: _m, ...metadata } = p.metadata ?? {};
    return JSON.stringify({ metadata, spec: p.spec });
  };
  return strip(oldPod) !== strip(newPod);
}

