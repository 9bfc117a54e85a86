// `kubectl rollout undo deployment/NAME [--to-revision=N]`: patches the Deployment back to an
// earlier ReplicaSet's template. Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollback.go →
// DeploymentRollbacker.Rollback (decision logic in engine/controllers/deployment/rollback.ts is the
// controller-side twin; the kubectl side keeps its own copy to respect layer boundaries).
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import { fail, ok, parseWorkloadArgs, requireDeployment } from './rollout-args.ts';
import { planRollback } from './rollout-plan.ts';
import { ownedReplicaSets } from './rollout-replica-sets.ts';

export function rolloutUndo(ctx: KubectlContext, argv: readonly string[]): KubectlResult {
  const args = parseWorkloadArgs(argv, ['to-revision']);
  const bad = requireDeployment(args, 'rollout undo');
  if (bad) return bad;
  const toRevision = Number(args.flags.get('to-revision') ?? '0');
  const d = ctx.client.get<Deployment>('deployments', args.namespace, args.name ?? '');
  const outcome = planRollback(d, ownedReplicaSets(ctx, d), toRevision);
  if (outcome.kind === 'error') return fail(`error: ${outcome.message}`);
  if (outcome.kind === 'skipped') return ok(`deployment.apps/${args.name ?? ''} ${outcome.message}\n`);
  ctx.client.patch('deployments', args.namespace, args.name ?? '', 'json', outcome.patch);
  return ok(`deployment.apps/${args.name ?? ''} rolled back\n`);
}
