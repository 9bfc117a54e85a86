// One reconcile of a ResourceQuota: status.hard <- spec.hard, status.used <- usage recomputed from
// the namespace's objects; an update is written only when something changed.
// Models pkg/controller/resourcequota/resource_quota_controller.go (syncResourceQuota) over
// engine/api/admission/quota/calculate-usage.ts (the evaluators shared with admission).
import type { ResourceQuota, ResourceQuotaStatus } from 'kubernetes-types/core/v1.js';
import { calculateStatus } from '../../api/admission/quota/calculate-usage.ts';
import type { ObjectLister } from '../../api/admission/quota/calculate-usage.ts';
import { parseResourceList, usageEquals } from '../../api/admission/support/resource-list.ts';

/** The quota with its new status, or undefined when status is already current (no write). */
export function syncResourceQuota(quota: ResourceQuota, list: ObjectLister, nowMs: number): ResourceQuota | undefined {
  const status = calculateStatus(quota, list, nowMs);
  return isDirty(quota.status, status) ? { ...quota, status } : undefined;
}

function isDirty(old: ResourceQuotaStatus | undefined, next: ResourceQuotaStatus): boolean {
  const oldHard = parseResourceList(old?.hard);
  const oldUsed = parseResourceList(old?.used);
  if (old?.hard === undefined || old.used === undefined) return true;
  return !usageEquals(oldHard, parseResourceList(next.hard)) || !usageEquals(oldUsed, parseResourceList(next.used));
}
