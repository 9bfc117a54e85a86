// ResourceQuota admission never charges past the limit: whenever a quota's status.used grows for
// a resource, the new usage is at most status.hard (staging/src/k8s.io/apiserver/pkg/admission/
// plugin/resourcequota/controller.go → CheckRequest refuses such requests). Usage may exceed hard
// when hard is lowered afterwards, or when the quota controller first counts objects that
// existed before the quota (admission refuses requests until that first status: "status unknown
// for quota"); neither is flagged: a resource with no usage before the write is a first count.
import type { ResourceQuota } from 'kubernetes-types/core/v1';
import { tryParseQuantity } from '../../apimachinery/quantity.ts';
import { objectName, type Invariant } from '../invariant.ts';

export const quotaUsedWithinHard: Invariant = {
  name: 'quota-used-within-hard', mode: 'always', resources: ['resourcequotas'],
  description: 'Whenever a ResourceQuota\'s used grows for a resource, it stays at or under hard.',
  check(_state, event) {
    if (!event || event.type === 'DELETED') return [];
    const quota = event.object as unknown as ResourceQuota;
    const before = (event.prevObject as unknown as ResourceQuota | undefined)?.status?.used ?? {};
    const used = quota.status?.used ?? {};
    const hard = quota.status?.hard ?? {};
    const over: string[] = [];
    for (const [name, text] of Object.entries(used)) {
      const now = tryParseQuantity(String(text));
      const was = before[name] !== undefined ? tryParseQuantity(String(before[name])) : undefined;
      const limit = hard[name] !== undefined ? tryParseQuantity(String(hard[name])) : undefined;
      if (!now || !limit || !was || now.cmp(was) <= 0) continue;
      if (now.cmp(limit) > 0) over.push(`${name} used ${String(text)} > hard ${String(hard[name])}`);
    }
    return over.length === 0 ? [] : [{ invariant: 'quota-used-within-hard', message: `quota ${quota.metadata?.name ?? ''} charged past its limit: ${over.join(', ')}`, objects: [objectName('ResourceQuota', quota)] }];
  },
};
