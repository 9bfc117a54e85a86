// A read-only view of the whole cluster at one revision, which conditions and invariants are
// evaluated against: live (the store as it is now) or replayed (the store as it was at an
// earlier revision, rebuilt from its history). Not a Kubernetes concept: the test oracle's view.
import type { KubeObject, Stored } from '../apimachinery/object.ts';
import { objectKey, type ObjectStore, type StoreEvent } from '../store/object-store.ts';
import { SortedBucket } from '../client/sorted-bucket.ts';

export interface ClusterState {
  readonly revision: number;
  /** Virtual time of this state. */
  readonly nowMs: number;
  list<T extends object = KubeObject>(resource: string, namespace?: string): Stored<T>[];
  get<T extends object = KubeObject>(resource: string, namespace: string | undefined, name: string): Stored<T> | undefined;
}

/** A state rebuilt by applying store events one at a time. */
export class ReplayedState implements ClusterState {
  revision = 0;
  nowMs = 0;
  private readonly tables = new Map<string, SortedBucket<KubeObject>>();

  apply(event: StoreEvent, atMs: number): void {
    let table = this.tables.get(event.resource);
    if (!table) this.tables.set(event.resource, (table = new SortedBucket()));
    if (event.type === 'DELETED') table.delete(event.key);
    else table.set(event.key, event.object);
    this.revision = event.revision;
    this.nowMs = atMs;
  }

  list<T extends object = KubeObject>(resource: string, namespace?: string): Stored<T>[] {
    const table = this.tables.get(resource);
    if (!table) return [];
    return (namespace === undefined ? table.values() : table.values((o) => o.metadata.namespace === namespace)) as Stored<T>[];
  }

  get<T extends object = KubeObject>(resource: string, namespace: string | undefined, name: string): Stored<T> | undefined {
    return this.tables.get(resource)?.get(objectKey(namespace, name)) as Stored<T> | undefined;
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
