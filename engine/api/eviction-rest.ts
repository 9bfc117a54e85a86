// The pods/eviction subresource as the API server runs it (pkg/registry/core/pod/storage/
// eviction.go → EvictionREST.Create): the one PodDisruptionBudget selecting the pod must allow a
// disruption (else 429) and its status is decremented, then the pod gets DisruptionTarget=True
// and is deleted gracefully, all through the server's own requests. The budget arithmetic and
// its messages are in eviction.ts. Leaves out dry-run and resourceVersion preconditions.
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { KubeObject } from '../apimachinery/object.ts';
import type { DeleteOptions } from './deletion.ts';
import { StatusError } from './errors.ts';
import { budgetsFor, canIgnorePDB, checkAndDecrement, effectiveStatus, isPodReady, withDisruptionTarget } from './eviction.ts';
import type { ListOptions } from './list-options.ts';

/** What the subresources need of a request's options (a part of api-server.ts → RequestOptions). */
export interface SubresourceOptions { component: string; subresource?: string | undefined }

/** The requests of the API server that an eviction makes. */
export interface EvictionServer {
  get(resource: string, namespace: string | undefined, name: string): KubeObject;
  list(resource: string, opts: ListOptions): { items: KubeObject[] };
  update(resource: string, obj: KubeObject, opts: SubresourceOptions): KubeObject;
  delete(resource: string, namespace: string | undefined, name: string, options: DeleteOptions, opts: SubresourceOptions): KubeObject;
}

export function evictPod<O extends SubresourceOptions>(server: EvictionServer, nowMs: () => number, namespace: string, name: string, options: DeleteOptions, opts: O): KubeObject {
  const pod = server.get('pods', namespace, name) as KubeObject & Pod;
  const now = nowMs();
  if (!canIgnorePDB(pod)) consumeBudget(server, namespace, pod, now, opts);
  server.update('pods', withDisruptionTarget(pod, now) as KubeObject, { ...opts, subresource: 'status' });
  return server.delete('pods', namespace, name, options, { ...opts, subresource: undefined });
}

function consumeBudget(server: EvictionServer, namespace: string, pod: Pod, nowMs: number, opts: SubresourceOptions): void {
  const all = server.list('poddisruptionbudgets', { namespace }).items as unknown as PodDisruptionBudget[];
  const pdbs = budgetsFor(pod, all);
  if (pdbs.length === 0) return;
  if (pdbs.length > 1) throw new StatusError('InternalError', 500, 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
  const pdb = pdbs[0]!;
  const selected = server.list('pods', { namespace }).items.filter((p) => budgetsFor(p as Pod, [pdb]).length === 1) as Pod[];
  const current = effectiveStatus(pdb, selected, nowMs);
  // unhealthyPodEvictionPolicy IfHealthyBudget: an unready pod goes without a decrement while the budget is met.
  if (!isPodReady(pod) && current.desiredHealthy > 0 && current.currentHealthy >= current.desiredHealthy) return;
  const next = checkAndDecrement(pod.metadata?.name ?? '', pdb, current, nowMs);
  server.update('poddisruptionbudgets', { ...(pdb as unknown as KubeObject), status: next }, { ...opts, subresource: 'status' });
}
