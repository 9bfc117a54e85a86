// DaemonSet defaults: updateStrategy RollingUpdate with maxUnavailable 1 and maxSurge 0 (integers),
// revisionHistoryLimit 10, template PodSpec defaults.
// Models pkg/apis/apps/v1/defaults.go → SetDefaults_DaemonSet.
// The OnDelete strategy gets no rollingUpdate block, as upstream.
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import { defaultPodTemplate } from './pod-template.ts';

export function defaultDaemonSet(ds: DaemonSet): void {
  const spec = (ds.spec ??= { selector: {}, template: {} });
  const strategy = (spec.updateStrategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= 1;
    ru.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplate(spec.template);
}
