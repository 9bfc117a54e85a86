// The generic object shape the printers accept: any Kubernetes object as plain JSON.
// A looser engine/apimachinery/object.ts → KubeObject (apiVersion/kind/metadata optional) so the
// printers also take hand-written test objects and List wrappers. Left out: nothing; typed views
// are cast per kind.
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
