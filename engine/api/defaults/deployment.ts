// Deployment defaults (reference §1.1): replicas 1, strategy RollingUpdate with maxUnavailable and
// maxSurge "25%", revisionHistoryLimit 10, progressDeadlineSeconds 600, template PodSpec defaults.
// Models pkg/apis/apps/v1/defaults.go → SetDefaults_Deployment. minReadySeconds is not defaulted
// (0 by omission), exactly as upstream.
import type { Deployment } from 'kubernetes-types/apps/v1';
import { defaultPodTemplate } from './pod-template.ts';

export function defaultDeployment(d: Deployment): void {
  const spec = (d.spec ??= { selector: {}, template: {} });
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplate(spec.template);
}
