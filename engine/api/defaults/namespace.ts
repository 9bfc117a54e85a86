// Namespace defaults: the `kubernetes.io/metadata.name` label set to the name, spec.finalizers
// [kubernetes] and status.phase Active. Models pkg/apis/core/v1/defaults.go →
// SetDefaults_Namespace, SetDefaults_NamespaceStatus and pkg/registry/core/namespace/strategy.go
// → PrepareForCreate (the finalizer). Nameless (generateName) namespaces get no label, as upstream.
import type { Namespace } from 'kubernetes-types/core/v1';

export const LABEL_METADATA_NAME = 'kubernetes.io/metadata.name';

export function defaultNamespace(ns: Namespace): void {
  const meta = (ns.metadata ??= {});
  if (meta.name) meta.labels = { ...meta.labels, [LABEL_METADATA_NAME]: meta.name };
  const spec = (ns.spec ??= {});
  if (!spec.finalizers?.includes('kubernetes')) spec.finalizers = [...(spec.finalizers ?? []), 'kubernetes'];
  (ns.status ??= {}).phase ||= 'Active';
}
