// A typed client bound to one component, the role client-go's clientset plays: every
// component (controllers, scheduler, kubelets, kubectl) talks to the cluster only through one
// of these, so the journal knows who did what. Calls are synchronous against the in-process
// API server; watches are delivered on the virtual clock.
import type { KubeObject } from '../apimachinery/object.ts';
import type { ApiServer, RequestOptions } from '../api/api-server.ts';
import type { DeleteOptions } from '../api/deletion.ts';
import type { ListOptions } from '../api/list-options.ts';
import type { PatchType } from '../api/patch.ts';
import type { Scale } from '../api/subresources.ts';
import type { WatchEvent, WatchOptions } from '../api/watch-dispatcher.ts';

export interface ClientOptions {
  /** kubectl asks for strict field validation; controllers do not. */
  fieldValidation?: 'Strict' | 'Ignore';
}

export class ApiClient {
  constructor(readonly server: ApiServer, readonly component: string, private readonly options: ClientOptions = {}) {}

  private opts(extra: Partial<RequestOptions> = {}): RequestOptions {
    return { component: this.component, fieldValidation: this.options.fieldValidation ?? 'Ignore', ...extra };
  }

  get<T = KubeObject>(resource: string, namespace: string | undefined, name: string): T {
    return this.server.get(resource, namespace, name) as T;
  }

  list<T = KubeObject>(resource: string, opts: ListOptions = {}): { items: T[]; resourceVersion: string } {
    return this.server.list(resource, opts) as { items: T[]; resourceVersion: string };
  }

  create<T = KubeObject>(resource: string, obj: T, opts: { namespace?: string; dryRun?: boolean } = {}): T {
    const o = obj as KubeObject;
    const withNs = opts.namespace !== undefined ? { ...o, metadata: { ...o.metadata, namespace: opts.namespace } } : o;
    return this.server.create(resource, withNs, this.opts({ dryRun: opts.dryRun })) as T;
  }

  update<T = KubeObject>(resource: string, obj: T, opts: { dryRun?: boolean } = {}): T {
    return this.server.update(resource, obj as KubeObject, this.opts({ dryRun: opts.dryRun })) as T;
  }

  updateStatus<T = KubeObject>(resource: string, obj: T): T {
    return this.server.update(resource, obj as KubeObject, this.opts({ subresource: 'status' })) as T;
  }

  patch<T = KubeObject>(resource: string, namespace: string | undefined, name: string, type: PatchType, patch: unknown,
    opts: { subresource?: string; dryRun?: boolean } = {}): T {
    return this.server.patch(resource, namespace, name, type, patch, this.opts(opts)) as T;
  }

  delete(resource: string, namespace: string | undefined, name: string, options: DeleteOptions = {}): KubeObject {
    return this.server.delete(resource, namespace, name, options, this.opts());
  }

  deleteCollection(resource: string, listOpts: ListOptions = {}, options: DeleteOptions = {}): KubeObject[] {
    return this.server.deleteCollection(resource, listOpts, options, this.opts());
  }

  watch(resource: string, opts: WatchOptions, handler: (event: WatchEvent) => void): () => void {
    return this.server.watch(resource, opts, this.component, handler);
  }

  /**
   * The pods/binding subresource (pkg/registry/core/pod/storage/storage.go → BindingREST.Create,
   * setPodHostAndAnnotations): sets spec.nodeName once and adds PodScheduled=True.
   */
  bind(namespace: string, podName: string, nodeName: string): KubeObject {
    return this.server.subresources.bind(namespace, podName, nodeName, this.opts({ subresource: 'binding' }));
  }

  /**
   * The pods/eviction subresource (pkg/registry/core/pod/storage/eviction.go → EvictionREST.Create):
   * deletes the pod gracefully unless its PodDisruptionBudget allows no disruption (429 TooManyRequests).
   */
  evict(namespace: string, name: string, options: { gracePeriodSeconds?: number } = {}): KubeObject {
    return this.server.subresources.evict(namespace, name, options, this.opts({ subresource: 'eviction' }));
  }

  getStatus<T = KubeObject>(resource: string, namespace: string | undefined, name: string): T {
    return this.server.subresources.getStatus(resource, namespace, name) as T;
  }

  getScale(resource: string, namespace: string, name: string): Scale {
    return this.server.subresources.getScale(resource, namespace, name);
  }

  updateScale(resource: string, namespace: string, name: string, replicas: number): Scale {
    return this.server.subresources.updateScale(resource, namespace, name, replicas, this.opts({ subresource: 'scale' }));
  }
}
