// Once the cluster has settled, every ResourceQuota's status shows its spec.hard and the usage
// recomputed from the objects in its namespace: admission charges and controller recalculation
// agree. Models the contract of pkg/controller/resourcequota (syncResourceQuota) with the shared
// evaluators of engine/api/admission/quota; pods past deletion+grace are judged at the state's time.
import type { ResourceQuota } from 'kubernetes-types/core/v1.js';
import type { PolicyObject } from '../../api/admission/support/attributes.ts';
import { calculateStatus } from '../../api/admission/quota/calculate-usage.ts';
import { objectName } from '../invariant.ts';
import type { Invariant } from '../invariant.ts';

export const quotaStatusMatchesUsage: Invariant = {
  name: 'quota-status-matches-usage', mode: 'settled', resources: ['resourcequotas'],
  description: "A settled cluster's ResourceQuota status.hard equals spec.hard and status.used equals the recomputed usage.",
  check(state) {
    const out = [];
    for (const quota of state.list<ResourceQuota>('resourcequotas')) {
      const namespace = quota.metadata.namespace;
      const expected = calculateStatus(quota, (resource) => state.list(resource, namespace) as unknown as PolicyObject[], state.nowMs);
      const same = JSON.stringify(expected) === JSON.stringify({ hard: sorted(quota.status?.hard), used: sorted(quota.status?.used) });
      if (!same) {
        out.push({ invariant: 'quota-status-matches-usage', objects: [objectName('ResourceQuota', quota)],
          message: `status ${JSON.stringify(quota.status ?? {})}, recomputed ${JSON.stringify(expected)}` });
      }
    }
    return out;
  },
};

function sorted(list: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(list ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
