// `kubectl rollout history deployment/NAME`: the revisions of a Deployment's ReplicaSets with
// their change-cause annotation. Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/history.go →
// DeploymentHistoryViewer.ViewHistory / printHistory and pkg/cmd/rollout/rollout_history.go (the
// name printer with the table as its "operation"). Leaves out --revision=N (the pod template view).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { KubectlError, type Invocation, type Output } from './command.ts';
import { deploymentTarget } from './rollout-args.ts';
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

export function rolloutHistory(inv: Invocation, out: Output): void {
  const { namespace, name } = deploymentTarget(inv, 'rollout history');
  if (inv.flags.int('revision') !== 0) throw new KubectlError('--revision is not supported in this simulation');
  const d = inv.kube.client.get<Deployment>('deployments', namespace, name);
  const rss = ownedReplicaSets(inv.kube, d);
  out.print(rss.length === 0 ? `deployment.apps/${name} \nNo rollout history found.\n` : `deployment.apps/${name} \n${historyTable(rss)}\n`);
}
