// `kubectl rollout restart deployment/NAME`: stamps the pod template with
// kubectl.kubernetes.io/restartedAt (RFC3339, virtual now), which starts a new rollout.
// Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/objectrestarter.go and
// pkg/cmd/rollout/rollout_restart.go. A paused Deployment is refused.
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { formatTimestamp } from '../../clock/timestamp.ts';
import { KubectlError, type Invocation, type Output } from './command.ts';
import { deploymentTarget } from './rollout-args.ts';

export function rolloutRestart(inv: Invocation, out: Output): void {
  const { namespace, name } = deploymentTarget(inv, 'rollout restart');
  const d = inv.kube.client.get<Deployment>('deployments', namespace, name);
  if (d.spec?.paused === true) throw new KubectlError(`deployments.apps "${name}" can't restart paused deployment (run rollout resume first)`);
  const patch = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': formatTimestamp(inv.kube.nowMs()) } } } } };
  inv.kube.client.patch('deployments', namespace, name, 'strategic', patch);
  out.print(`deployment.apps/${name} restarted\n`);
}
