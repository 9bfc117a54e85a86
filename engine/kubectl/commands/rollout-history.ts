// `kubectl rollout history deployment/NAME`: the revisions of a Deployment's ReplicaSets with
// their change-cause annotation. Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/history.go →
// DeploymentHistoryViewer.ViewHistory / printHistory and pkg/cmd/rollout/rollout_history.go (the
// name printer with the table as its "operation"). Leaves out --revision=N (the pod template view).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import { fail, ok, parseWorkloadArgs, requireDeployment } from './rollout-args.ts';
import { ownedReplicaSets } from './rollout-replica-sets.ts';

const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export function historyTable(rss: readonly ReplicaSet[]): string {
  const byRevision = new Map<number, string>();
  for (const rs of rss) {
    const v = rs.metadata?.annotations?.['deployment.kubernetes.io/revision'];
    if (v === undefined || !/^\d+$/.test(v)) continue;
    byRevision.set(Number(v), rs.metadata?.annotations?.[CHANGE_CAUSE] || '<none>');
  }
  const rows = [...byRevision.keys()].sort((a, b) => a - b).map((r) => [String(r), byRevision.get(r) ?? '<none>'] as const);
  const width = Math.max('REVISION'.length, ...rows.map(([r]) => r.length)) + 2;
  return ['REVISION'.padEnd(width) + 'CHANGE-CAUSE', ...rows.map(([r, c]) => r.padEnd(width) + c)].join('\n') + '\n';
}

export function rolloutHistory(ctx: KubectlContext, argv: readonly string[]): KubectlResult {
  const args = parseWorkloadArgs(argv, ['revision']);
  const bad = requireDeployment(args, 'rollout history');
  if (bad) return bad;
  if (args.flags.has('revision') && args.flags.get('revision') !== '0') return fail('error: --revision is not supported in this simulation');
  const d = ctx.client.get<Deployment>('deployments', args.namespace, args.name ?? '');
  const rss = ownedReplicaSets(ctx, d);
  if (rss.length === 0) return ok(`deployment.apps/${args.name ?? ''} \nNo rollout history found.\n`);
  return ok(`deployment.apps/${args.name ?? ''} \n${historyTable(rss)}\n`);
}
