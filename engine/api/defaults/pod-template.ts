// Defaults of a pod template inside a workload (Deployment, ReplicaSet, DaemonSet, StatefulSet,
// Job, CronJob, ReplicationController): only the PodSpec defaults, never SetDefaults_Pod (so no
// requests-from-limits and no enableServiceLinks in templates). Models the generated
// SetObjectDefaults_<Kind> functions of pkg/apis/{apps,batch,core}/v1/zz_generated.defaults.go.
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { defaultPodSpec } from './pod-spec.ts';

export function defaultPodTemplate(template: PodTemplateSpec | undefined): void {
  if (template?.spec) defaultPodSpec(template.spec);
}
