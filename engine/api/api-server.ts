// The API server's request pipeline over the store (k8s.io/apiserver/pkg/registry/generic/
// registry/store.go and endpoints/handlers): decode (strict field validation on request) →
// defaulting → mutating admission → name generation → validation → validating admission →
// storage, with Kubernetes' errors at each stage. Every write is recorded in the journal.
// Leaves out authn/authz, managedFields/server-side apply, and API chunking.
import { clone, shareUnchanged, type KubeObject } from '../apimachinery/object.ts';
import type { VirtualClock } from '../clock/virtual-clock.ts';
import { formatTimestamp } from '../clock/timestamp.ts';
import type { Journal, JournalVerb } from '../journal/journal.ts';
import type { SeededRandom } from '../random/seeded-random.ts';
import type { ObjectStore } from '../store/object-store.ts';
import { StoreError } from '../store/store-error.ts';
import { AdmissionChain } from './admission/admission-chain.ts';
import { admissionPlugins } from './admission/index.ts';
import type { AdmissionFlags } from './admission/enabled-plugins.ts';
import { applyDefaults } from './defaults/index.ts';
import { planDeletion, isReadyToRemove, type DeleteOptions } from './deletion.ts';
import { alreadyExists, badRequest, conflict, gone, invalid, notFound, StatusError } from './errors.ts';
import { generateObjectName } from './generate-name.ts';
import { recordWrite } from './journal-detail.ts';
import { selectionPredicate, type ListOptions } from './list-options.ts';
import { restHooks, type RestHooks } from './rest-hooks.ts';
import { applyPatch, type PatchType } from './patch.ts';
import { apiVersionOf, resourceByPlural, type ResourceType } from './registry.ts';
import { isNoopUpdate, prepareForCreate, prepareForStatusUpdate, prepareForUpdate } from './strategy.ts';
import { SubresourceRest } from './subresources.ts';
import { strictDecodingFailure, validateObject } from './validation/index.ts';
import { WatchDispatcher, type WatchHandler, type WatchOptions } from './watch-dispatcher.ts';

export interface RequestOptions {
  /** Who is calling: recorded in the journal (kubectl, replicaset-controller, kubelet/node-1 ...). */
  component: string;
  dryRun?: boolean | undefined;
  /** Strict rejects unknown fields, as kubectl's default `--validate=strict` asks. */
  fieldValidation?: 'Strict' | 'Ignore' | undefined;
  subresource?: string | undefined;
}

export interface ApiServerDeps {
  store: ObjectStore;
  clock: VirtualClock;
  random: SeededRandom;
  journal: Journal;
  /** kube-apiserver's `--enable-admission-plugins` / `--disable-admission-plugins`. */
  admission?: AdmissionFlags | undefined;
}

export class ApiServer {
  private readonly admission: AdmissionChain;
  private readonly watches: WatchDispatcher;
  private readonly hooks: Map<string, RestHooks>;
  /** pods/binding, pods/eviction, and the status and scale subresources (subresources.ts). */
  readonly subresources: SubresourceRest;

  constructor(private readonly deps: ApiServerDeps) {
    this.admission = new AdmissionChain(admissionPlugins(deps.admission), {
      get: (resource, ns, name) => deps.store.get(resource, ns, name),
      list: (resource, ns) => deps.store.list(resource, ns).items,
      updateStatus: (resource, obj) => this.update(resource, obj, { component: 'kube-apiserver', subresource: 'status' }),
      nowMs: () => deps.clock.nowMs(),
    });
    this.watches = new WatchDispatcher(deps.store, deps.clock);
    this.hooks = restHooks(deps.random);
    this.subresources = new SubresourceRest(this, deps);
  }

  typeOf(resource: string): ResourceType {
    const type = resourceByPlural(resource);
    if (!type) throw new StatusError('NotFound', 404, 'the server could not find the requested resource');
    return type;
  }

  get(resource: string, namespace: string | undefined, name: string): KubeObject {
    const type = this.typeOf(resource);
    const obj = this.deps.store.get(resource, type.namespaced ? namespace : undefined, name);
    if (!obj) throw notFound(type, name);
    return obj;
  }

  list(resource: string, opts: ListOptions = {}): { items: KubeObject[]; resourceVersion: string } {
    const type = this.typeOf(resource);
    const { items, revision } = this.deps.store.list(resource, type.namespaced ? opts.namespace : undefined);
    const matches = selectionPredicate(opts);
    return { items: items.filter(matches), resourceVersion: String(revision) };
  }

  watch(resource: string, opts: WatchOptions, owner: string, handler: WatchHandler): () => void {
    this.typeOf(resource);
    try {
      return this.watches.watch(resource, opts, owner, handler);
    } catch (e) {
      if (e instanceof StoreError && e.code === 'Gone') throw gone(e.message);
      throw e;
    }
  }

  create(resource: string, input: KubeObject, opts: RequestOptions): KubeObject {
    const type = this.typeOf(resource);
    this.checkStrict(type, input, opts);
    const obj = clone(input);
    obj.apiVersion = apiVersionOf(type);
    obj.kind = type.kind;
    this.scopeNamespace(type, obj);
    applyDefaults(type, obj);
    // The uid comes before admission (upstream fills it in BeforeCreate, after): the
    // ServiceAccount plugin's token volume suffix is drawn from it (admission/policy-adapter.ts).
    obj.metadata.uid = this.deps.random.uuid();
    obj.metadata.creationTimestamp = formatTimestamp(this.deps.clock.nowMs());
    delete obj.metadata.resourceVersion;
    delete obj.metadata.deletionTimestamp;
    this.admission.admit('CREATE', type, obj, undefined, opts);
    // BeforeCreate → PrepareForCreate runs after mutating admission (registry/rest/create.go).
    prepareForCreate(type, obj);
    if (!obj.metadata.name && obj.metadata.generateName) {
      obj.metadata.name = generateObjectName(obj.metadata.generateName, this.deps.random, (n) => this.deps.store.get(resource, obj.metadata.namespace, n) !== undefined);
    }
    this.validate(type, obj, undefined);
    this.admission.validate('CREATE', type, obj, undefined, opts);
    if (opts.dryRun) return obj;
    const hooks = this.hooks.get(resource);
    hooks?.beginCreate?.(obj);
    try {
      const stored = this.deps.store.create(resource, obj);
      this.record(opts.component, 'create', stored);
      return stored;
    } catch (e) {
      hooks?.abortCreate?.(obj);
      if (e instanceof StoreError && e.code === 'AlreadyExists') throw alreadyExists(type, obj.metadata.name ?? '');
      throw e;
    }
  }

  update(resource: string, input: KubeObject, opts: RequestOptions): KubeObject {
    const type = this.typeOf(resource);
    this.checkStrict(type, input, opts);
    const namespace = type.namespaced ? input.metadata.namespace ?? 'default' : undefined;
    const name = input.metadata.name ?? '';
    const old = this.deps.store.get(resource, namespace, name);
    if (!old) throw notFound(type, name);
    const expectedRV = input.metadata.resourceVersion;
    if (expectedRV && expectedRV !== old.metadata.resourceVersion) throw conflict(type, name);
    const obj = opts.subresource === 'status'
      ? prepareForStatusUpdate(type, input, old)
      : prepareForUpdate(type, clone({ ...input, apiVersion: apiVersionOf(type), kind: type.kind }), old);
    if (opts.subresource !== 'status') applyDefaults(type, obj);
    this.admission.admit('UPDATE', type, obj, old, opts);
    this.validate(type, obj, old);
    this.admission.validate('UPDATE', type, obj, old, opts);
    if (opts.subresource !== 'status') this.hooks.get(resource)?.beginUpdate?.(obj, old);
    // What did not change is kept as stored (status writes share it already).
    const next = opts.subresource === 'status' ? obj : shareUnchanged(obj, old);
    if (opts.dryRun || next === old || isNoopUpdate(next, old)) return old;
    if (isReadyToRemove(resource, next)) return this.remove(type, next, opts.component);
    const stored = this.deps.store.update(resource, next, old.metadata.resourceVersion);
    this.record(opts.component, 'update', stored);
    return stored;
  }

  patch(resource: string, namespace: string | undefined, name: string, patchType: PatchType, patch: unknown, opts: RequestOptions): KubeObject {
    const current = this.get(resource, namespace, name);
    const patched = applyPatch(clone(current), patchType, patch) as KubeObject;
    if (typeof patched !== 'object' || patched === null) throw badRequest('patched object is not an object');
    patched.metadata = { ...(patched.metadata ?? {}), resourceVersion: current.metadata.resourceVersion! };
    if (current.metadata.namespace !== undefined) patched.metadata.namespace = current.metadata.namespace;
    return this.update(resource, patched, opts);
  }

  delete(resource: string, namespace: string | undefined, name: string, options: DeleteOptions, opts: RequestOptions): KubeObject {
    const type = this.typeOf(resource);
    const obj = this.get(resource, namespace, name);
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== obj.metadata.uid) {
      throw conflict(type, name);
    }
    if (pre?.resourceVersion && pre.resourceVersion !== obj.metadata.resourceVersion) throw conflict(type, name);
    this.admission.validate('DELETE', type, undefined, obj, opts);
    const plan = planDeletion(resource, obj, options, this.deps.clock.nowMs());
    if (options.dryRun || opts.dryRun) return obj;
    if (plan.remove) return this.remove(type, obj, opts.component);
    const marked: KubeObject = { ...obj, metadata: plan.metadata };
    if (plan.status !== undefined) marked.status = plan.status;
    const stored = this.deps.store.update(resource, marked, obj.metadata.resourceVersion);
    this.record(opts.component, 'delete', stored);
    return stored;
  }

  deleteCollection(resource: string, listOpts: ListOptions, options: DeleteOptions, opts: RequestOptions): KubeObject[] {
    return this.list(resource, listOpts).items.map((o) => this.delete(resource, o.metadata.namespace, o.metadata.name ?? '', options, opts));
  }

  private remove(type: ResourceType, obj: KubeObject, component: string): KubeObject {
    const removed = this.deps.store.delete(type.resource, obj.metadata.namespace, obj.metadata.name ?? '');
    this.hooks.get(type.resource)?.afterRemove?.(removed);
    this.record(component, 'delete', removed);
    return removed;
  }

  private scopeNamespace(type: ResourceType, obj: KubeObject): void {
    if (type.namespaced) obj.metadata.namespace ??= 'default';
    else delete obj.metadata.namespace;
  }

  private checkStrict(type: ResourceType, obj: KubeObject, opts: RequestOptions): void {
    if (opts.fieldValidation !== 'Strict') return;
    const failure = strictDecodingFailure(type, obj);
    if (failure !== undefined) throw badRequest(failure);
  }

  private validate(type: ResourceType, obj: KubeObject, old: KubeObject | undefined): void {
    const causes = validateObject(type, obj, old);
    if (causes.length > 0) throw invalid(type, obj.metadata.name ?? '', causes);
  }

  private record(component: string, verb: JournalVerb, obj: KubeObject): void {
    recordWrite(this.deps.journal, component, verb, obj);
  }
}
