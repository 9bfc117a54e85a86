import { describe, it } from 'node:test';
import { expect } from 'expect';
import { resourceQuotaAdmission } from './resource-quota.ts';
import { staticView } from './support/static-view.ts';
import { attributes, asObject, container, pod, quota } from './testing/fixtures.ts';

const full = staticView({ resourceQuotas: [quota('compute-resources', { pods: '10' }, { pods: '10' }, {}, 'spark-cluster')] });

describe('ResourceQuota admission plugin', () => {
  it('refuses with the generated pod name and the quota detail', () => {
    const attrs = attributes('pods', asObject(pod('web-5d8f9b7c6-x2k7q', [container('app')], {}, 'spark-cluster')));
    expect(() => resourceQuotaAdmission.validate?.(attrs, full))
      .toThrow('pods "web-5d8f9b7c6-x2k7q" is forbidden: exceeded quota: compute-resources, requested: pods=1, used: pods=10, limited: pods=10');
  });

  it('ignores subresources, namespaces and namespaces without quotas', () => {
    const p = asObject(pod('a', [container('app')], {}, 'spark-cluster'));
    expect(resourceQuotaAdmission.validate?.(attributes('pods', p, { subresource: 'status' }), full)).toBeUndefined();
    expect(resourceQuotaAdmission.validate?.(attributes('namespaces', asObject({ metadata: { name: 'x' } }), { namespace: 'x' }), full)).toBeUndefined();
    expect(resourceQuotaAdmission.validate?.(attributes('pods', asObject(pod('a', [container('app')], {}, 'other'))), full)).toBeUndefined();
  });

  it('returns the charged quotas to write', () => {
    const view = staticView({ resourceQuotas: [quota('pods', { pods: '2' }, { pods: '1' })] });
    const outcome = resourceQuotaAdmission.validate?.(attributes('pods', asObject(pod('a', [container('app')]))), view);
    expect(outcome?.quotaStatusUpdates?.map((q) => q.status?.used)).toEqual([{ pods: '2' }]);
  });
});
