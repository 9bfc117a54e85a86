// `kubectl rollout undo deployment/NAME [--to-revision=N]`: patches the Deployment back to an
// earlier ReplicaSet's template. Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollback.go →
// DeploymentRollbacker.Rollback (decision logic in engine/controllers/deployment/rollback.ts is the
// controller-side twin; the kubectl side keeps its own copy to respect layer boundaries).
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { KubectlError, type Invocation, type Output } from './command.ts';
import { deploymentTarget } from './rollout-args.ts';
import { planRollback } from './rollout-plan.ts';
import { ownedReplicaSets } from './rollout-replica-sets.ts';

export function rolloutUndo(inv: Invocation, out: Output): void {
  const { namespace, name } = deploymentTarget(inv, 'rollout undo');
  const toRevision = inv.flags.int('to-revision');
  const d = inv.kube.client.get<Deployment>('deployments', namespace, name);
  const outcome = planRollback(d, ownedReplicaSets(inv.kube, d), toRevision);
  if (outcome.kind === 'error') throw new KubectlError(outcome.message);
  if (outcome.kind === 'skipped') { out.print(`deployment.apps/${name} ${outcome.message}\n`); return; }
  inv.kube.client.patch('deployments', namespace, name, 'json', outcome.patch);
  out.print(`deployment.apps/${name} rolled back\n`);
}
