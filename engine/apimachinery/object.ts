// The generic shape of a Kubernetes API object and the few helpers every layer needs.
// Models k8s.io/apimachinery/pkg/apis/meta/v1 ObjectMeta / TypeMeta as plain JSON, the way the
// API server stores them. Typed shapes per kind come from `kubernetes-types`.
// Stored objects are frozen: `clone` before changing one.
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';

/** ObjectMeta with the server-owned fields (uid, resourceVersion, ...) writable, for the API server. */
export type ServerObjectMeta = { -readonly [K in keyof ObjectMeta]: ObjectMeta[K] };

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ServerObjectMeta;
  [field: string]: unknown;
}

/** A typed object as the API returns it: `Stored<Pod>` has apiVersion, kind and metadata set. */
export type Stored<T> = T & KubeObject;

export interface ObjectRef {
  kind: string;
  namespace?: string;
  name: string;
}

/** A JSON object (not null, not an array): map[string]interface{} in unstructured content. */
export const isJsonObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A deep copy of a JSON value (objects here are always plain JSON). */
export function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = clone(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = clone((value as Record<string, unknown>)[k]);
  return out as T;
}

/** Freezes a JSON value and everything under it, so stored objects cannot be changed in place. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const k in value) deepFreeze((value as Record<string, unknown>)[k]);
  return Object.freeze(value);
}

export function objectRef(obj: KubeObject): ObjectRef {
  const ref: ObjectRef = { kind: obj.kind, name: obj.metadata.name ?? '' };
  if (obj.metadata.namespace !== undefined) ref.namespace = obj.metadata.namespace;
  return ref;
}

/** `namespace/name`, or `name` for cluster-scoped objects: the work-queue key of client-go. */
export function metaKey(obj: { metadata: ObjectMeta }): string {
  const ns = obj.metadata.namespace;
  return ns ? `${ns}/${obj.metadata.name ?? ''}` : obj.metadata.name ?? '';
}

export function splitMetaKey(key: string): { namespace: string | undefined; name: string } {
  const i = key.indexOf('/');
  return i < 0 ? { namespace: undefined, name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

/** The controller ownerReference (controller: true), as metav1.GetControllerOf. */
export function controllerOf(obj: { metadata: ObjectMeta }): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((r) => r.controller === true);
}

/** Deep structural equality of two JSON values (absent and undefined members are equal). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k in x) {
    const v = x[k];
    if (v === undefined) continue;
    defined++;
    if (!jsonEqual(v, y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) defined--;
  return defined === 0;
}

/**
 * `next` with every subtree that is JSON-equal to the same place in the stored `prev` replaced by
 * prev's frozen subtree (structural sharing). An update then copies, freezes and keeps only what
 * changed, and memos keyed by stored objects (a template's print, a selector) keep hitting.
 * Mutates `next` in place (it must be the request's own copy); returns `prev` when all is equal.
 */
export function shareUnchanged<T>(next: T, prev: unknown): T {
  return share(next, prev) as T;
}

function share(next: unknown, prev: unknown): unknown {
  if (next === prev || next === null || prev === null || typeof next !== 'object' || typeof prev !== 'object') return next;
  const frozen = Object.isFrozen(prev);
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = next.length === prev.length;
    for (let i = 0; i < next.length; i++) {
      const s = share(next[i], prev[i]);
      if (s !== next[i]) next[i] = s;
      if (s !== prev[i]) same = false;
    }
    return same && frozen ? prev : next;
  }
  if (Array.isArray(prev)) return next;
  const n = next as Record<string, unknown>;
  const p = prev as Record<string, unknown>;
  let same = true;
  let count = 0;
  for (const key in n) {
    const v = n[key];
    if (v === undefined) continue;
    count++;
    const s = share(v, p[key]);
    if (s !== v) n[key] = s;
    if (s !== p[key]) same = false;
  }
  if (same) for (const key in p) if (p[key] !== undefined) count--;
  return same && count === 0 && frozen ? prev : next;
}
