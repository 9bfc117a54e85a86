// A read-only view of the whole cluster at one revision, which conditions and invariants are
// evaluated against: live (the store as it is now) or replayed (the store as it was at an
// earlier revision, rebuilt from its history). Not a Kubernetes concept: the test oracle's view.
import type { KubeObject, Stored } from '../apimachinery/object.ts';
import type { ObjectStore, StoreEvent } from '../store/object-store.ts';

export interface ClusterState {
  readonly revision: number;
  /** Virtual time of this state. */
  readonly nowMs: number;
  list<T extends object = KubeObject>(resource: string, namespace?: string): Stored<T>[];
  get<T extends object = KubeObject>(resource: string, namespace: string | undefined, name: string): Stored<T> | undefined;
}

const key = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;

/** A state rebuilt by applying store events one at a time. */
export class ReplayedState implements ClusterState {
  revision = 0;
  nowMs = 0;
  private readonly tables = new Map<string, Map<string, KubeObject>>();

  apply(event: StoreEvent, atMs: number): void {
    let table = this.tables.get(event.resource);
    if (!table) this.tables.set(event.resource, (table = new Map()));
    if (event.type === 'DELETED') table.delete(key(event.object));
    else table.set(key(event.object), event.object);
    this.revision = event.revision;
    this.nowMs = atMs;
  }

  list<T extends object = KubeObject>(resource: string, namespace?: string): Stored<T>[] {
    const out: KubeObject[] = [];
    for (const o of this.tables.get(resource)?.values() ?? []) if (namespace === undefined || o.metadata.namespace === namespace) out.push(o);
    return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) as Stored<T>[];
  }

  get<T extends object = KubeObject>(resource: string, namespace: string | undefined, name: string): Stored<T> | undefined {
    return this.tables.get(resource)?.get(`${namespace ?? ''}/${name}`) as Stored<T> | undefined;
  }
}

/** The store as it is now (a class, so building one per write allocates no closures). */
class LiveState implements ClusterState {
  readonly revision: number;

  constructor(private readonly store: ObjectStore, readonly nowMs: number) {
    this.revision = store.currentRevision();
  }

  list<T extends object = KubeObject>(resource: string, namespace?: string): Stored<T>[] {
    return this.store.list(resource, namespace).items as Stored<T>[];
  }

  get<T extends object = KubeObject>(resource: string, namespace: string | undefined, name: string): Stored<T> | undefined {
    return this.store.get(resource, namespace, name) as Stored<T> | undefined;
  }
}

export function liveState(store: ObjectStore, nowMs: number): ClusterState {
  return new LiveState(store, nowMs);
}
