// Namespace defaults: the `kubernetes.io/metadata.name` label set to the name and status.phase
// Active. Models pkg/apis/core/v1/defaults.go → SetDefaults_Namespace, SetDefaults_NamespaceStatus.
// The `kubernetes` finalizer is added on create only (strategy.go → PrepareForCreate, in
// engine/api/strategy.ts): defaulting runs on updates too, and must not undo finalization.
// Nameless (generateName) namespaces get no label, as upstream.
import type { Namespace } from 'kubernetes-types/core/v1';

export const LABEL_METADATA_NAME = 'kubernetes.io/metadata.name';

export function defaultNamespace(ns: Namespace): void {
  const meta = (ns.metadata ??= {});
  if (meta.name) meta.labels = { ...meta.labels, [LABEL_METADATA_NAME]: meta.name };
  (ns.status ??= {}).phase ||= 'Active';
}
