// What a policy admission plugin sees: the request attributes and a read-only view of the objects it
// needs (namespaces, LimitRanges, ResourceQuotas, ServiceAccounts, PriorityClasses).
// Models staging/src/k8s.io/apiserver/pkg/admission/attributes.go (Attributes) and the listers the
// upstream plugins are given. TODO(core): adapt to AdmissionAttributes of engine/api/admission/index.ts.
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';
import type { LimitRange, Namespace, ResourceQuota, ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1.js';

export type AdmissionOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

/** Any API object; stored objects are plain JSON. */
export interface PolicyObject { apiVersion?: string; kind?: string; metadata?: ObjectMeta; [field: string]: unknown }

export interface PolicyAttributes {
  readonly operation: AdmissionOperation;
  /** Lowercase plural, e.g. `pods`. */
  readonly resource: string;
  /** API group, '' for the core group. */
  readonly group: string;
  /** '' for the main resource, e.g. `status`, `binding`. */
  readonly subresource: string;
  /** '' for cluster-scoped objects. */
  readonly namespace: string;
  /** The request name; '' on a create that relies on generateName. */
  readonly name: string;
  /** The incoming object; mutating plugins change it in place. */
  readonly object: PolicyObject | undefined;
  readonly oldObject: PolicyObject | undefined;
}

/** Read-only view of the objects the plugins consult (a lister in Kubernetes). */
export interface PolicyView {
  nowMs(): number;
  getNamespace(name: string): Namespace | undefined;
  listLimitRanges(namespace: string): LimitRange[];
  listResourceQuotas(namespace: string): ResourceQuota[];
  getServiceAccount(namespace: string, name: string): ServiceAccount | undefined;
  listPriorityClasses(): PriorityClass[];
  /** Five characters from Kubernetes' name alphabet for `kube-api-access-xxxxx` (seeded). */
  randomSuffix(): string;
}

/** The name Kubernetes shows in admission errors (admission/errors.go extractResourceName). */
export function resourceNameOf(attrs: PolicyAttributes): string {
  const meta = attrs.object?.metadata;
  return attrs.name || meta?.name || meta?.generateName || '';
}

/** `pods`, `deployments.apps` (schema.GroupResource.String). */
export function qualifiedResource(resource: string, group: string): string {
  return group === '' ? resource : `${resource}.${group}`;
}
