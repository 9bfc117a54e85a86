// Rollback to an earlier revision: the template swap `kubectl rollout undo` performs.
// Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollback.go → DeploymentRollbacker.Rollback,
// deploymentRevision, getDeploymentPatch (template without pod-template-hash + RS annotations
// except the skip list). Pure: returns the patch or the kubectl error text.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { equalIgnoreHash, POD_TEMPLATE_HASH_LABEL } from './replica-sets.ts';
import { ANNOTATIONS_TO_SKIP, revisionOf } from './revision.ts';

export type RollbackOutcome =
  | { kind: 'error'; message: string }
  | { kind: 'skipped'; message: string }
  | { kind: 'patch'; patch: object };

/** The RS of `toRevision` (0 = the previous one, the second-highest revision). */
export function deploymentRevision(d: Deployment, rss: readonly ReplicaSet[], toRevision: number): ReplicaSet | { error: string } {
  let latest: ReplicaSet | undefined, previous: ReplicaSet | undefined;
  for (const rs of rss) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latest === undefined || v > (revisionOf(latest) ?? 0)) { previous = latest; latest = rs; }
      else if (previous === undefined || v > (revisionOf(previous) ?? 0)) previous = rs;
    } else if (v === toRevision) return rs;
  }
  if (toRevision > 0) return { error: `unable to find specified revision ${toRevision} in history` };
  if (previous === undefined) return { error: `no rollout history found for deployment "${d.metadata?.name ?? ''}"` };
  return previous;
}

export function planRollback(d: Deployment, rss: readonly ReplicaSet[], toRevision: number): RollbackOutcome {
  if (d.spec?.paused) {
    return { kind: 'error', message: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" };
  }
  const target = deploymentRevision(d, rss, toRevision);
  if ('error' in target) return { kind: 'error', message: target.error };
  if (equalIgnoreHash(d.spec?.template, target.spec?.template)) {
    // kubectl prints the requested number, so a default undo says "revision 0"
    return { kind: 'skipped', message: `skipped rollback (current template already matches revision ${toRevision})` };
  }
  const template = structuredClone(target.spec?.template ?? {});
  if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(target.metadata?.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  return { kind: 'patch', patch: { metadata: { annotations }, spec: { template } } };
}
