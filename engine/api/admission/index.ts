// The admission chain in Kubernetes' order (pkg/kubeapiserver/options/plugins.go →
// AllOrderedPlugins): NamespaceLifecycle, LimitRanger, ServiceAccount, Priority,
// DefaultTolerationSeconds, ..., ResourceQuota last. Plugins register here, one line each.
import type { AdmissionPlugin } from './admission.ts';
import { adaptPolicyPlugin } from './policy-adapter.ts';
import { namespaceLifecycle } from './namespace-lifecycle.ts';
import { limitRanger } from './limit-ranger.ts';
import { serviceAccountAdmission } from './service-account.ts';
import { priorityAdmission } from './priority.ts';
import { defaultTolerationSeconds } from './default-toleration-seconds.ts';
import { resourceQuotaAdmission } from './resource-quota.ts';

export function admissionPlugins(): AdmissionPlugin[] {
  return [
    adaptPolicyPlugin(namespaceLifecycle, { validateDeletesInAdmit: true }),
    adaptPolicyPlugin(limitRanger),
    adaptPolicyPlugin(serviceAccountAdmission),
    adaptPolicyPlugin(priorityAdmission),
    adaptPolicyPlugin(defaultTolerationSeconds),
    adaptPolicyPlugin(resourceQuotaAdmission),
  ];
}
