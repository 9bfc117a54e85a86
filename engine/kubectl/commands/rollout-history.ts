// `kubectl rollout history deployment/NAME`: the revisions of a Deployment's ReplicaSets with
// their change-cause annotation. Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/history.go →
// DeploymentHistoryViewer.ViewHistory / printHistory and pkg/cmd/rollout/rollout_history.go (the
// name printer with the table as its "operation"). `--revision=N` prints that revision's pod
// template through describe.DescribePodTemplate on a bare PrefixWriter (printTemplate): tabs are
// written as they are, not aligned, and the change-cause is shown as a template annotation.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import { KubectlError, type Invocation, type Output } from './command.ts';
import { podTemplateBlock } from './describe-sections.ts';
import { deploymentTarget } from './rollout-args.ts';
import { ownedReplicaSets } from './rollout-replica-sets.ts';
import { clone } from '../../apimachinery/object.ts';

const CHANGE_CAUSE = 'kubernetes.io/change-cause';
const REVISION = 'deployment.kubernetes.io/revision';

export function historyTable(rss: readonly ReplicaSet[]): string {
  const byRevision = new Map<number, string>();
  for (const rs of rss) {
    const v = rs.metadata?.annotations?.[REVISION];
    if (v === undefined || !/^\d+$/.test(v)) continue;
    byRevision.set(Number(v), rs.metadata?.annotations?.[CHANGE_CAUSE] || '<none>');
  }
  const rows = [...byRevision.keys()].sort((a, b) => a - b).map((r) => [String(r), byRevision.get(r) ?? '<none>'] as const);
  const width = Math.max('REVISION'.length, ...rows.map(([r]) => r.length)) + 2;
  return ['REVISION'.padEnd(width) + 'CHANGE-CAUSE', ...rows.map(([r, c]) => r.padEnd(width) + c)].join('\n') + '\n';
}

/** The template of one revision, with its change-cause added to the annotations (ViewHistory). */
function revisionTemplate(rss: readonly ReplicaSet[], revision: number): PodTemplateSpec | undefined {
  const rs = rss.find((r) => r.metadata?.annotations?.[REVISION] === String(revision));
  if (rs === undefined) return undefined;
  const template = clone(rs.spec?.template ?? {});
  const cause = rs.metadata?.annotations?.[CHANGE_CAUSE];
  if (cause) template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, [CHANGE_CAUSE]: cause } };
  return template;
}

export function rolloutHistory(inv: Invocation, out: Output): void {
  const { namespace, name } = deploymentTarget(inv, 'rollout history');
  const revision = inv.flags.int('revision');
  // rollout_history.go → Validate
  if (revision < 0) throw new KubectlError(`revision must be a positive integer: ${revision}`);
  const d = inv.kube.client.get<Deployment>('deployments', namespace, name);
  const rss = ownedReplicaSets(inv.kube, d).filter((rs) => /^\d+$/.test(rs.metadata?.annotations?.[REVISION] ?? ''));
  const heading = `deployment.apps/${name} ${revision > 0 ? `with revision #${revision}` : ''}`;
  if (rss.length === 0) { out.print(`${heading}\nNo rollout history found.\n`); return; }
  if (revision === 0) { out.print(`${heading}\n${historyTable(rss)}\n`); return; }
  const template = revisionTemplate(rss, revision);
  if (template === undefined) throw new KubectlError('unable to find the specified revision');
  out.print(`${heading}\n${podTemplateBlock(template)}\n`);
}
