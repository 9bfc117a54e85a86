// The admission chain in Kubernetes' order (pkg/kubeapiserver/options/plugins.go →
// AllOrderedPlugins): NamespaceLifecycle, LimitRanger, ServiceAccount, Priority,
// DefaultTolerationSeconds, ..., ResourceQuota last. Plugins register here, one line each; the
// kube-apiserver flags choose which of them run (enabled-plugins.ts).
import type { AdmissionPlugin } from './admission.ts';
import { adaptPolicyPlugin } from './policy-adapter.ts';
import { namespaceLifecycle } from './namespace-lifecycle.ts';
import { limitRanger } from './limit-ranger.ts';
import { serviceAccountAdmission } from './service-account.ts';
import { priorityAdmission } from './priority.ts';
import { defaultTolerationSeconds } from './default-toleration-seconds.ts';
import { resourceQuotaAdmission } from './resource-quota.ts';
import { AdmissionFlagsError, enabledAdmissionPlugins, type AdmissionFlags } from './enabled-plugins.ts';

/** The plugins built here, in AllOrderedPlugins order. */
function simulatedPlugins(): AdmissionPlugin[] {
  return [
    adaptPolicyPlugin(namespaceLifecycle, { validateDeletesInAdmit: true }),
    adaptPolicyPlugin(limitRanger),
    adaptPolicyPlugin(serviceAccountAdmission),
    adaptPolicyPlugin(priorityAdmission),
    adaptPolicyPlugin(defaultTolerationSeconds),
    adaptPolicyPlugin(resourceQuotaAdmission),
  ];
}

/**
 * The chain the flags ask for. A default-on plugin this simulation does not build (webhooks,
 * PodSecurity, ...) is simply absent, as before; one that `--enable-admission-plugins` names
 * but that is not built is refused rather than silently skipped, default-on or not: whoever names
 * it expects it to act.
 */
export function admissionPlugins(flags: AdmissionFlags = {}): AdmissionPlugin[] {
  const enabled = new Set(enabledAdmissionPlugins(flags));
  const plugins = simulatedPlugins();
  const built = new Set(plugins.map((p) => p.name));
  const missing = [...new Set(flags.enable ?? [])].filter((n) => !built.has(n));
  if (missing.length > 0) {
    throw new AdmissionFlagsError(`admission plugin${missing.length > 1 ? 's' : ''} ${missing.map((n) => `"${n}"`).join(', ')} not simulated: kubespec runs ${[...built].join(', ')}`);
  }
  return plugins.filter((p) => enabled.has(p.name));
}
