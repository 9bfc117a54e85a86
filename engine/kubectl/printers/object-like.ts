// The generic object shape the printers accept: any Kubernetes object as plain JSON.
// Mirrors engine/apimachinery/object.ts → KubeObject (kept local so printers stay pure and
// testable before the core lands). Left out: nothing; typed views are cast per kind.
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';

export interface KubeObjectLike {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

/** Casts an object to its typed view (kubernetes-types) for a kind's printer. */
export function as<T>(obj: KubeObjectLike): T {
  return obj as unknown as T;
}
