// When a change to some object frees quota and its namespace's quotas must be recalculated now
// rather than at the next full resync. Models pkg/controller/resourcequota/resource_quota_monitor.go
// (replenishQuota on delete, podChanged via QuotaV1Pod, services type changes) and
// resource_quota_controller.go (the 5-minute full resync, --resource-quota-sync-period).
import type { Pod, Service } from 'kubernetes-types/core/v1.js';
import { isQuotaRelevant } from '../../api/admission/quota/pod-evaluator.ts';
import type { PolicyObject } from '../../api/admission/support/attributes.ts';

export const QUOTA_RESYNC_PERIOD_MS = 5 * 60 * 1000;

/** Updates that replenish: a pod leaving quota relevance, a Service changing type. Deletes always do. */
export function updateReplenishes(resource: string, oldObj: PolicyObject, newObj: PolicyObject, nowMs: number): boolean {
  if (resource === 'pods') return isQuotaRelevant(oldObj as Pod, nowMs) && !isQuotaRelevant(newObj as Pod, nowMs);
  if (resource === 'services') return (oldObj as Service).spec?.type !== (newObj as Service).spec?.type;
  return false;
}
