// The admission chain in Kubernetes' order (pkg/kubeapiserver/options/plugins.go →
// AllOrderedPlugins): NamespaceLifecycle, LimitRanger, ServiceAccount, Priority,
// DefaultTolerationSeconds, ..., ResourceQuota last. Plugins register here, one line each.
import type { AdmissionPlugin } from './admission.ts';

export function admissionPlugins(): AdmissionPlugin[] {
  return [];
}
