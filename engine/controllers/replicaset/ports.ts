// The narrow surfaces the workload controllers use: a client, a cache per resource, a recorder.
// The core's ApiClient, Informer and EventRecorder satisfy them structurally; tests pass fakes
// that record every API action (sample-controller style). Keeps the sync logic off the wiring.
export type PatchType = 'merge' | 'strategic' | 'json';
export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptionsPort {
  propagationPolicy?: PropagationPolicy;
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface ClientPort {
  get<T>(resource: string, namespace: string | undefined, name: string): T;
  create<T>(resource: string, obj: T, opts?: { namespace?: string }): T;
  update<T>(resource: string, obj: T): T;
  updateStatus<T>(resource: string, obj: T): T;
  patch<T>(resource: string, namespace: string | undefined, name: string, type: PatchType, patch: unknown): T;
  delete(resource: string, namespace: string | undefined, name: string, options?: DeleteOptionsPort): unknown;
}

export interface CachePort<T> {
  get(namespace: string | undefined, name: string): T | undefined;
  list(namespace?: string, predicate?: (obj: T) => boolean): T[];
}

/** A cache with named indexes (client-go's Indexer.ByIndex), objects in key order. */
export interface IndexedCachePort<T> extends CachePort<T> {
  byIndex(index: string, value: string): T[];
}

export interface RecorderPort {
  event(obj: never, type: 'Normal' | 'Warning', reason: string, message: string): void;
}

/** An API error's Status reason (NotFound, Conflict, ...) when the error carries one. */
export function statusReason(e: unknown): string | undefined {
  const r = (e as { reason?: unknown; status?: { reason?: unknown } } | undefined);
  const reason = r?.status?.reason ?? r?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** True when the error's Status has a cause of the given type (apierrors.HasStatusCause). */
export function hasStatusCause(e: unknown, type: string): boolean {
  const causes = (e as { status?: { details?: { causes?: { reason?: string }[] } } } | undefined)?.status?.details?.causes;
  return (causes ?? []).some((c) => c.reason === type);
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
