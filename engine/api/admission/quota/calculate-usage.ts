// Recomputes a quota's status from the objects in its namespace (what the quota controller writes).
// Models staging/src/k8s.io/apiserver/pkg/quota/v1/resources.go (CalculateUsage), generic/evaluator.go
// (CalculateUsageStats: every tracked resource starts at zero) and pkg/controller/resourcequota/
// resource_quota_controller.go (syncResourceQuota: hard <- spec.hard, used masked to hard).
import type { ResourceQuota, ResourceQuotaStatus } from 'kubernetes-types/core/v1.js';
import { scopeSelectorsOf } from './evaluator.ts';
import { evaluatorsForHard } from './registry.ts';
import type { PolicyObject } from '../support/attributes.ts';
import { ZERO } from '../support/quantity.ts';
import { addUsage, maskUsage, parseResourceList, toResourceList } from '../support/resource-list.ts';
import type { Usage } from '../support/resource-list.ts';

/** Lists the namespace's objects of one resource (from an informer cache or the API). */
export type ObjectLister = (resource: string, group: string) => readonly PolicyObject[];

/** The observed usage of every resource in `hardNames` this namespace's objects can be charged for. */
export function calculateUsage(quota: ResourceQuota, hardNames: readonly string[], list: ObjectLister, nowMs: number): Usage {
  const selectors = scopeSelectorsOf(quota);
  let usage: Usage = {};
  for (const evaluator of evaluatorsForHard(hardNames)) {
    const tracked = evaluator.matchingResources(hardNames);
    if (tracked.length === 0) continue;
    let stats: Usage = Object.fromEntries(tracked.map((r) => [r, ZERO]));
    for (const obj of list(evaluator.resource, evaluator.group)) {
      if (!selectors.every((s) => evaluator.matchesScope(s, obj))) continue;
      stats = addUsage(stats, maskUsage(evaluator.usage(obj, nowMs), tracked));
    }
    usage = addUsage(usage, stats);
  }
  return usage;
}

/** The status the controller would write: hard from spec, used = previous used overlaid with observed, masked to hard. */
export function calculateStatus(quota: ResourceQuota, list: ObjectLister, nowMs: number): ResourceQuotaStatus {
  const hard = quota.spec?.hard ?? {};
  const hardNames = Object.keys(hard).sort();
  const observed = calculateUsage({ ...quota, status: { hard } }, hardNames, list, nowMs);
  const used = maskUsage({ ...parseResourceList(quota.status?.used), ...observed }, hardNames);
  return { hard: toResourceList(parseResourceList(hard)), used: toResourceList(used) };
}
