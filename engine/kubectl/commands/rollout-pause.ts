// `kubectl rollout pause|resume deployment/NAME`: flips spec.paused with a strategic merge patch.
// Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/objectpauser.go / objectresumer.go
// ("is already paused", "is not paused") and pkg/cmd/rollout/rollout_pause.go, rollout_resume.go.
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import { fail, ok, parseWorkloadArgs, requireDeployment } from './rollout-args.ts';

function flipPaused(ctx: KubectlContext, argv: readonly string[], pause: boolean): KubectlResult {
  const args = parseWorkloadArgs(argv);
  const bad = requireDeployment(args, pause ? 'rollout pause' : 'rollout resume');
  if (bad) return bad;
  const name = args.name ?? '';
  const d = ctx.client.get<Deployment>('deployments', args.namespace, name);
  const paused = d.spec?.paused === true;
  if (pause && paused) return fail(`error: deployments.apps "${name}" is already paused`);
  if (!pause && !paused) return fail(`error: deployments.apps "${name}" is not paused`);
  ctx.client.patch('deployments', args.namespace, name, 'strategic', { spec: { paused: pause ? true : null } });
  return ok(`deployment.apps/${name} ${pause ? 'paused' : 'resumed'}\n`);
}

export const rolloutPause = (ctx: KubectlContext, argv: readonly string[]): KubectlResult => flipPaused(ctx, argv, true);
export const rolloutResume = (ctx: KubectlContext, argv: readonly string[]): KubectlResult => flipPaused(ctx, argv, false);
