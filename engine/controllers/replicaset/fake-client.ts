// An in-memory stand-in for the API used by controller unit tests (test-only helper): it keeps
// objects per resource, names generateName objects with a counter, can be told to fail, and
// records every action as `verb resource namespace/name` so tests assert the actions taken.
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { ClientPort, DeleteOptionsPort, IndexedCachePort, PatchType, RecorderPort } from './ports.ts';
import { podControllerUIDIndex, POD_CONTROLLER_UID_INDEX } from './pod-controller-index.ts';
import { clone } from '../../apimachinery/object.ts';

type Obj = { metadata?: { name?: string; namespace?: string; generateName?: string; uid?: string; [k: string]: unknown }; [k: string]: unknown };

export class FakeClient implements ClientPort {
  readonly actions: string[] = [];
  readonly store = new Map<string, Map<string, Obj>>();
  failCreate: ((obj: Obj) => Error | undefined) | undefined;
  private seq = 0;

  private bucket(resource: string): Map<string, Obj> {
    let b = this.store.get(resource);
    if (!b) { b = new Map(); this.store.set(resource, b); }
    return b;
  }
  private static key(ns: string | undefined, name: string): string { return `${ns ?? ''}/${name}`; }

  seed(resource: string, ...objs: Obj[]): void {
    for (const o of objs) this.bucket(resource).set(FakeClient.key(o.metadata?.namespace, o.metadata?.name ?? ''), o);
  }
  get<T>(resource: string, namespace: string | undefined, name: string): T {
    const o = this.bucket(resource).get(FakeClient.key(namespace, name));
    if (!o) throw Object.assign(new Error(`${resource} "${name}" not found`), { reason: 'NotFound' });
    return o as T;
  }
  create<T>(resource: string, obj: T, opts: { namespace?: string } = {}): T {
    const o = clone(obj) as Obj;
    o.metadata ??= {};
    if (opts.namespace !== undefined) o.metadata.namespace = opts.namespace;
    if (!o.metadata.name) o.metadata.name = `${o.metadata.generateName ?? ''}${String(++this.seq).padStart(5, '0')}`;
    const err = this.failCreate?.(o);
    this.actions.push(`create ${resource} ${o.metadata.namespace}/${o.metadata.name}${err ? ' (failed)' : ''}`);
    if (err) throw err;
    o.metadata.uid ??= `uid-${o.metadata.name}`;
    this.seed(resource, o);
    return o as T;
  }
  update<T>(resource: string, obj: T): T { return this.write('update', resource, obj); }
  updateStatus<T>(resource: string, obj: T): T { return this.write('updateStatus', resource, obj); }
  private write<T>(verb: string, resource: string, obj: T): T {
    const o = obj as Obj;
    this.actions.push(`${verb} ${resource} ${o.metadata?.namespace}/${o.metadata?.name}`);
    this.seed(resource, o);
    return obj;
  }
  patch<T>(resource: string, namespace: string | undefined, name: string, type: PatchType, patch: unknown): T {
    this.actions.push(`patch ${resource} ${namespace}/${name} ${type} ${JSON.stringify(patch)}`);
    return this.get<T>(resource, namespace, name);
  }
  delete(resource: string, namespace: string | undefined, name: string, options: DeleteOptionsPort = {}): unknown {
    const suffix = options.propagationPolicy ? ` ${options.propagationPolicy}` : '';
    this.actions.push(`delete ${resource} ${namespace}/${name}${suffix}`);
    const o = this.get(resource, namespace, name);
    this.bucket(resource).delete(FakeClient.key(namespace, name));
    return o;
  }
  /** A cache over this store (no lag: tests control staleness by seeding). */
  cache<T>(resource: string): IndexedCachePort<T> {
    const list = (ns?: string, pred?: (o: T) => boolean): T[] => [...this.bucket(resource).values()]
      .filter((o) => ns === undefined || o.metadata?.namespace === ns)
      .sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1))
      .filter((o) => !pred || pred(o as T)) as T[];
    return {
      get: (ns, name) => this.bucket(resource).get(FakeClient.key(ns, name)) as T | undefined,
      list,
      // The one index the workload controllers use: pods by controller UID (orphans by namespace).
      byIndex: (index, value) => {
        if (index !== POD_CONTROLLER_UID_INDEX) throw new Error(`index with name ${index} does not exist`);
        return list(undefined, (o) => podControllerUIDIndex(o as Pod).includes(value));
      },
    };
  }
}

export class FakeRecorder implements RecorderPort {
  readonly events: string[] = [];
  event(obj: never, type: 'Normal' | 'Warning', reason: string, message: string): void {
    const o = obj as Obj;
    this.events.push(`${type} ${reason} ${o.metadata?.name}: ${message}`);
  }
}
