// The policy admission plugins in Kubernetes' order; the chain runs every `admit` in this order,
// then every `validate` in this order. Models pkg/kubeapiserver/options/plugins.go (AllOrderedPlugins):
// NamespaceLifecycle, LimitRanger, ServiceAccount, Priority, DefaultTolerationSeconds, ..., ResourceQuota.
// Plugins owned by other engineers (RuntimeClass, webhooks) slot in between by the same list.
import type { PolicyPlugin } from './support/policy-plugin.ts';
import { namespaceLifecycle } from './namespace-lifecycle.ts';
import { limitRanger } from './limit-ranger.ts';
import { serviceAccountAdmission } from './service-account.ts';
import { priorityAdmission } from './priority.ts';
import { defaultTolerationSeconds } from './default-toleration-seconds.ts';
import { resourceQuotaAdmission } from './resource-quota.ts';

export const policyPlugins: readonly PolicyPlugin[] = [
  namespaceLifecycle,
  limitRanger,
  serviceAccountAdmission,
  priorityAdmission,
  defaultTolerationSeconds,
  resourceQuotaAdmission,
];
