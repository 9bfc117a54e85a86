// ReplicaSet defaults: replicas 1 and the template's PodSpec defaults.
// Models pkg/apis/apps/v1/defaults.go → SetDefaults_ReplicaSet.
// Nothing else is defaulted upstream (no selector-from-labels in apps/v1).
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import { defaultPodTemplate } from './pod-template.ts';

export function defaultReplicaSet(rs: ReplicaSet): void {
  const spec = (rs.spec ??= { selector: {} });
  spec.replicas ??= 1;
  defaultPodTemplate(spec.template);
}
