// `kubectl rollout pause|resume deployment/NAME`: flips spec.paused with a strategic merge patch.
// Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/objectpauser.go / objectresumer.go
// ("is already paused", "is not paused") and pkg/cmd/rollout/rollout_pause.go, rollout_resume.go.
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { KubectlError, type Invocation, type Output } from './command.ts';
import { deploymentTarget } from './rollout-args.ts';

function flipPaused(inv: Invocation, out: Output, pause: boolean): void {
  const { namespace, name } = deploymentTarget(inv, pause ? 'rollout pause' : 'rollout resume');
  const d = inv.kube.client.get<Deployment>('deployments', namespace, name);
  const paused = d.spec?.paused === true;
  if (pause && paused) throw new KubectlError(`deployments.apps "${name}" is already paused`);
  if (!pause && !paused) throw new KubectlError(`deployments.apps "${name}" is not paused`);
  inv.kube.client.patch('deployments', namespace, name, 'strategic', { spec: { paused: pause ? true : null } });
  out.print(`deployment.apps/${name} ${pause ? 'paused' : 'resumed'}\n`);
}

export const rolloutPause = (inv: Invocation, out: Output): void => flipPaused(inv, out, true);
export const rolloutResume = (inv: Invocation, out: Output): void => flipPaused(inv, out, false);
