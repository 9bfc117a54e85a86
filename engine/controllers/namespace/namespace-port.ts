// What the namespace deleter needs from the API, as a small port so the algorithm is unit-testable.
// Phase 2 implements it over ApiClient (registry discovery, list, deleteCollection, finalize, delete).
// Models the discovery + dynamic client the upstream deleter uses (namespaced_resources_deleter.go).
import type { Namespace } from 'kubernetes-types/core/v1.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';

export interface GroupResource { resource: string; group: string }

export interface NamespaceContentPort {
  nowMs(): number;
  getNamespace(name: string): Namespace | undefined;
  /** Namespaced resources that support delete, in registry order. */
  deletableResources(): GroupResource[];
  list(gr: GroupResource, namespace: string): Array<{ metadata?: ObjectMeta; status?: { phase?: string }; spec?: { terminationGracePeriodSeconds?: number } }>;
  deleteCollection(gr: GroupResource, namespace: string): void;
  updateStatus(ns: Namespace): Namespace;
  /** PUT namespaces/<name>/finalize with the given spec.finalizers. */
  finalize(ns: Namespace, finalizers: string[]): Namespace;
  deleteNamespace(name: string, uid: string | undefined): void;
}

export function groupResourceKey(gr: GroupResource): string {
  return gr.group === '' ? gr.resource : `${gr.resource}.${gr.group}`;
}
