// The legacy rollback path: a Deployment annotated `deprecated.deployment.rollback.to` (set by old
// clients) gets the template of that revision's ReplicaSet, and the annotation is cleared.
// Models pkg/controller/deployment/rollback.go → rollback, rollbackToTemplate,
// updateDeploymentAndClearRollbackTo, and deployment_util.go → SetFromReplicaSetTemplate,
// SetDeploymentAnnotationsTo. kubectl rollout undo does not use this path (it patches the template).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { type DeploymentSyncDeps, recordEvent } from './deps.ts';
import { rollbackEvents } from './events.ts';
import { getAllReplicaSetsAndSyncRevision } from './get-replica-sets.ts';
import { equalIgnoreHash, POD_TEMPLATE_HASH_LABEL } from './replica-sets.ts';
import { ANNOTATIONS_TO_SKIP, DEPRECATED_ROLLBACK_TO, lastRevision, revisionOf } from './revision.ts';
import { clone } from '../../apimachinery/object.ts';

/** Copies the RS template (hash label removed) and its annotations (skip list aside) into `d`. */
function rollbackToTemplate(d: Deployment, rs: ReplicaSet): void {
  const template = clone(rs.spec?.template ?? {});
  if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  if (d.spec) d.spec.template = template;
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata?.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  d.metadata = { ...(d.metadata ?? {}), annotations };
}

function clearRollbackTo(deps: DeploymentSyncDeps, d: Deployment): void {
  const annotations = { ...(d.metadata?.annotations ?? {}) };
  delete annotations[DEPRECATED_ROLLBACK_TO];
  d.metadata = { ...(d.metadata ?? {}), annotations };
  deps.client.update<Deployment>('deployments', d);
}

export function legacyRollback(deps: DeploymentSyncDeps, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(deps, d, rsList, true);
  const all = newRS ? [...oldRSs, newRS] : oldRSs;
  const text = d.metadata?.annotations?.[DEPRECATED_ROLLBACK_TO] ?? '0';
  let target = /^\d+$/.test(text) ? BigInt(text) : 0n;
  if (target === 0n) {
    target = lastRevision(all);
    if (target === 0n) { recordEvent(deps, d, rollbackEvents.lastNotFound); return clearRollbackTo(deps, d); }
  }
  const rs = all.find((r) => revisionOf(r) === target);
  if (rs === undefined) { recordEvent(deps, d, rollbackEvents.notFound); return clearRollbackTo(deps, d); }
  if (equalIgnoreHash(d.spec?.template, rs.spec?.template)) {
    recordEvent(deps, d, rollbackEvents.unchanged(d.metadata?.name ?? ''));
    return clearRollbackTo(deps, d);
  }
  rollbackToTemplate(d, rs);
  clearRollbackTo(deps, d);
  recordEvent(deps, d, rollbackEvents.done(d.metadata?.name ?? '', target));
}
