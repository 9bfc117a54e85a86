// The defaults the API server gives a Deployment, applied to the controller's working copy
// until the API-side defaulter lands, so an object created without them behaves as in Kubernetes.
// Models pkg/apis/apps/v1/defaults.go → SetDefaults_Deployment (replicas 1, RollingUpdate 25%/25%,
// revisionHistoryLimit 10, progressDeadlineSeconds 600). Only fills what is absent.
import type { Deployment } from 'kubernetes-types/apps/v1.js';

export function withDeploymentDefaults(d: Deployment): Deployment {
  const spec = d.spec;
  if (spec === undefined) return d;
  spec.replicas ??= 1;
  spec.strategy ??= { type: 'RollingUpdate' };
  spec.strategy.type ??= 'RollingUpdate';
  if (spec.strategy.type === 'RollingUpdate') {
    spec.strategy.rollingUpdate ??= {};
    spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
    spec.strategy.rollingUpdate.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  return d;
}
