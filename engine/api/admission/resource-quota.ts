// ResourceQuota admission (validating, last in the chain): charge the request against every matching
// quota in the namespace and refuse it when a quota would be exceeded. Models
// staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/admission.go (Validate) and
// controller.go (checkRequest). The charged quotas come back as `quotaStatusUpdates` for the caller
// to write before storing the object (upstream writes them through the quota status subresource).
import type { PolicyPlugin } from './support/policy-plugin.ts';
import { forbidden } from './support/admission-denial.ts';
import { checkRequest } from './quota/check-request.ts';
import { evaluatorFor } from './quota/registry.ts';

export const resourceQuotaAdmission: PolicyPlugin = {
  name: 'ResourceQuota',
  validate(attrs, view) {
    if (attrs.subresource !== '' || attrs.namespace === '' || !attrs.object) return;
    if (attrs.resource === 'namespaces' && attrs.group === '') return;
    const evaluator = evaluatorFor(attrs.resource, attrs.group);
    if (!evaluator.handles(attrs.operation, attrs.subresource)) return;
    const quotas = view.listResourceQuotas(attrs.namespace);
    if (quotas.length === 0) return;
    const result = checkRequest(evaluator, quotas, {
      operation: attrs.operation, object: attrs.object, oldObject: attrs.oldObject, nowMs: view.nowMs(),
    });
    if (!result.allowed) throw forbidden(attrs, result.detail);
    return result.updated.length > 0 ? { quotaStatusUpdates: result.updated } : undefined;
  },
};
