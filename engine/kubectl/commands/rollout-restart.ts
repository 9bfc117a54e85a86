// `kubectl rollout restart deployment/NAME`: stamps the pod template with
// kubectl.kubernetes.io/restartedAt (RFC3339, virtual now), which starts a new rollout.
// Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/objectrestarter.go and
// pkg/cmd/rollout/rollout_restart.go. A paused Deployment is refused.
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { formatTimestamp } from '../../clock/timestamp.ts';
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import { fail, ok, parseWorkloadArgs, requireDeployment } from './rollout-args.ts';

export function rolloutRestart(ctx: KubectlContext, argv: readonly string[]): KubectlResult {
  const args = parseWorkloadArgs(argv);
  const bad = requireDeployment(args, 'rollout restart');
  if (bad) return bad;
  const name = args.name ?? '';
  const d = ctx.client.get<Deployment>('deployments', args.namespace, name);
  if (d.spec?.paused === true) return fail(`error: deployments.apps "${name}" can't restart paused deployment (run rollout resume first)`);
  const patch = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': formatTimestamp(ctx.nowMs()) } } } } };
  ctx.client.patch('deployments', args.namespace, name, 'strategic', patch);
  return ok(`deployment.apps/${name} restarted\n`);
}
