// A PolicyView over plain arrays, for table tests and for callers that already hold the objects.
// Mirrors what the listers give the upstream plugins (namespaced lists, cluster-scoped classes).
// The random suffix is a fixed string unless a generator is given (tests assert exact names).
import type { LimitRange, Namespace, ResourceQuota, ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1.js';
import type { PolicyView } from './attributes.ts';

export interface StaticObjects {
  nowMs?: number;
  namespaces?: Namespace[];
  limitRanges?: LimitRange[];
  resourceQuotas?: ResourceQuota[];
  serviceAccounts?: ServiceAccount[];
  priorityClasses?: PriorityClass[];
  randomSuffix?: () => string;
}

export function staticView(objects: StaticObjects): PolicyView {
  const inNamespace = <T extends { metadata?: { namespace?: string } }>(items: T[] | undefined, ns: string): T[] =>
    (items ?? []).filter((o) => o.metadata?.namespace === ns);
  return {
    nowMs: () => objects.nowMs ?? 0,
    getNamespace: (name) => (objects.namespaces ?? []).find((n) => n.metadata?.name === name),
    listLimitRanges: (ns) => inNamespace(objects.limitRanges, ns),
    listResourceQuotas: (ns) => inNamespace(objects.resourceQuotas, ns),
    getServiceAccount: (ns, name) => inNamespace(objects.serviceAccounts, ns).find((s) => s.metadata?.name === name),
    listPriorityClasses: () => objects.priorityClasses ?? [],
    randomSuffix: objects.randomSuffix ?? (() => 'x7k2q'),
  };
}
