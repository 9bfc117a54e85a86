// Quota admission for one request: find the quotas that match the object, enforce their constraints,
// and charge the usage delta, refusing anything that would exceed status.hard. Models
// staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go (checkRequest,
// hasUsageStats). Leaves out limitedResources configuration (none by default) and "create on update".
import type { ResourceQuota } from 'kubernetes-types/core/v1.js';
import type { QuotaEvaluator } from './evaluator.ts';
import { hardResourceNames, quotaMatches } from './evaluator.ts';
import type { AdmissionOperation, PolicyObject } from '../support/attributes.ts';
import {
  addUsage, exceededResources, maskUsage, negativeResources, parseResourceList, prettyPrint,
  prettyPrintResourceNames, removeZeros, subtractNonNegative, toResourceList,
} from '../support/resource-list.ts';

export interface QuotaRequest {
  operation: AdmissionOperation;
  object: PolicyObject;
  oldObject: PolicyObject | undefined;
  nowMs: number;
}

/** Either the quotas with their new status.used, or the detail of the refusal. */
export type QuotaCheck = { allowed: true; updated: ResourceQuota[] } | { allowed: false; detail: string };

export function checkRequest(evaluator: QuotaEvaluator, quotas: readonly ResourceQuota[], req: QuotaRequest): QuotaCheck {
  // 1. pertinent quotas: match, satisfy constraints, and already have usage observed.
  const interesting: ResourceQuota[] = [];
  for (const quota of quotas) {
    if (!quotaMatches(evaluator, quota, req.object)) continue;
    const name = quota.metadata?.name ?? '';
    const restricted = evaluator.matchingResources(hardResourceNames(quota));
    const violation = evaluator.constraints(restricted, req.object);
    if (violation !== undefined) return { allowed: false, detail: `failed quota: ${name}: ${violation}` };
    const used = quota.status?.used ?? {};
    if (restricted.some((r) => !(r in used))) {
      return { allowed: false, detail: `status unknown for quota: ${name}, resources: ${prettyPrintResourceNames(restricted)}` };
    }
    interesting.push(quota);
  }
  if (interesting.length === 0) return { allowed: true, updated: [] };

  // 2. the usage delta: full usage on create, new - old (floored at zero) on update, zeros dropped.
  let delta = evaluator.usage(req.object, req.nowMs);
  const negative = negativeResources(delta);
  if (negative.length > 0) return { allowed: false, detail: `quota usage is negative for resource(s): ${prettyPrintResourceNames(negative)}` };
  if (req.operation === 'UPDATE' && req.oldObject?.metadata?.resourceVersion) {
    delta = subtractNonNegative(delta, evaluator.usage(req.oldObject, req.nowMs));
  }
  delta = removeZeros(delta);
  if (Object.keys(delta).length === 0) return { allowed: true, updated: [] };

  // 3. charge every pertinent quota; the first one that would go over hard refuses the request.
  const updated: ResourceQuota[] = [];
  for (const quota of interesting) {
    const hard = parseResourceList(quota.status?.hard);
    const used = parseResourceList(quota.status?.used);
    const requested = maskUsage(delta, Object.keys(hard));
    const newUsage = addUsage(used, requested);
    const exceeded = exceededResources(maskUsage(newUsage, Object.keys(requested)), hard);
    if (exceeded.length > 0) {
      const detail = `exceeded quota: ${quota.metadata?.name ?? ''}, requested: ${prettyPrint(maskUsage(requested, exceeded))}, ` +
        `used: ${prettyPrint(maskUsage(used, exceeded))}, limited: ${prettyPrint(maskUsage(hard, exceeded))}`;
      return { allowed: false, detail };
    }
    updated.push({ ...quota, status: { ...quota.status, used: toResourceList(newUsage) } });
  }
  return { allowed: true, updated };
}
