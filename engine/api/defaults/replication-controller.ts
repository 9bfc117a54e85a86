// ReplicationController defaults: selector and object labels from the template's labels when
// empty, replicas 1 (declarative +default=1), template PodSpec defaults.
// Models pkg/apis/core/v1/defaults.go → SetDefaults_ReplicationController and the generated
// replicas default in zz_generated.defaults.go.
import type { ReplicationController } from 'kubernetes-types/core/v1';
import { defaultPodTemplate } from './pod-template.ts';

export function defaultReplicationController(rc: ReplicationController): void {
  const spec = (rc.spec ??= {});
  const labels = spec.template?.metadata?.labels;
  if (labels) {
    if (!spec.selector || Object.keys(spec.selector).length === 0) spec.selector = { ...labels };
    const meta = (rc.metadata ??= {});
    if (!meta.labels || Object.keys(meta.labels).length === 0) meta.labels = { ...labels };
  }
  spec.replicas ??= 1;
  defaultPodTemplate(spec.template);
}
