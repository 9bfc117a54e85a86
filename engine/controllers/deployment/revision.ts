// Revision numbers and the annotations a Deployment copies onto its new ReplicaSet.
// Models deployment_util.go → Revision, MaxRevision, LastRevision, SetNewReplicaSetAnnotations,
// copyDeploymentAnnotationsToReplicaSet (annotationsToSkip), SetReplicasAnnotations,
// ReplicasAnnotationsNeedUpdate, SetDeploymentRevision; maxRevHistoryLengthInChars = 2000.
// Functions mutate the copy they are given (callers clone stored objects first) and report changes.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION } from './replica-sets.ts';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
export const DEPRECATED_ROLLBACK_TO = 'deprecated.deployment.rollback.to';
export const MAX_REV_HISTORY_LENGTH_IN_CHARS = 2000;

export const ANNOTATIONS_TO_SKIP: ReadonlySet<string> = new Set([
  LAST_APPLIED_ANNOTATION, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, DEPRECATED_ROLLBACK_TO,
]);

/** Revisions are int64 in Go (e2e tests use values past 2^53), so they are bigints here. */
export type Revision = bigint;

/** The revision annotation; undefined when absent or not an integer (Go: parse error). */
export function revisionOf(obj: { metadata?: { annotations?: Record<string, string> } }): Revision | undefined {
  const v = obj.metadata?.annotations?.[REVISION_ANNOTATION];
  return v !== undefined && /^[+-]?\d+$/.test(v) ? BigInt(v) : undefined;
}

export function maxRevision(rss: readonly ReplicaSet[]): Revision {
  let max = 0n;
  for (const rs of rss) { const v = revisionOf(rs); if (v !== undefined && v > max) max = v; }
  return max;
}

/** The second-highest revision (what `rollout undo` goes back to by default). */
export function lastRevision(rss: readonly ReplicaSet[]): Revision {
  let max = 0n, second = 0n;
  for (const rs of rss) {
    const v = revisionOf(rs);
    if (v === undefined) continue; // unparsable revisions are skipped, as LastRevision does
    if (v >= max) { second = max; max = v; } else if (v > second) second = v;
  }
  return second;
}

function annotationsOf(obj: { metadata?: { annotations?: Record<string, string> } }): Record<string, string> {
  obj.metadata ??= {};
  obj.metadata.annotations ??= {};
  return obj.metadata.annotations;
}

export function copyDeploymentAnnotationsToReplicaSet(d: Deployment, rs: ReplicaSet): boolean {
  const target = annotationsOf(rs);
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) {
    if (ANNOTATIONS_TO_SKIP.has(k) || target[k] === v) continue;
    target[k] = v;
    changed = true;
  }
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: ReplicaSet, desired: number, max: number): boolean {
  const a = rs.metadata?.annotations ?? {};
  return a[DESIRED_REPLICAS_ANNOTATION] !== String(desired) || a[MAX_REPLICAS_ANNOTATION] !== String(max);
}

export function setReplicasAnnotations(rs: ReplicaSet, desired: number, max: number): boolean {
  if (!replicasAnnotationsNeedUpdate(rs, desired, max)) return false;
  const a = annotationsOf(rs);
  a[DESIRED_REPLICAS_ANNOTATION] = String(desired);
  a[MAX_REPLICAS_ANNOTATION] = String(max);
  return true;
}

/** Appends `oldRevision` to revision-history, dropping the oldest entries beyond the char limit. */
export function appendRevisionHistory(history: string | undefined, oldRevision: string, limit = MAX_REV_HISTORY_LENGTH_IN_CHARS): string | undefined {
  if (!history) return oldRevision;
  const old = history.split(',');
  let total = history.length + oldRevision.length + 1;
  let start = 0;
  while (total > limit && start < old.length) { total -= (old[start] ?? '').length + 1; start++; }
  if (total > limit) return undefined; // not appended: history length limit reached
  return [...old.slice(start), oldRevision].join(',');
}

/**
 * Copies annotations, raises the RS revision to `newRevision` when lower (keeping the old number in
 * revision-history: a rollback), and on creation adds desired-/max-replicas. True when anything changed.
 */
export function setNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: Revision, exists: boolean, maxSurgeValue: number): boolean {
  let changed = copyDeploymentAnnotationsToReplicaSet(d, rs);
  const a = annotationsOf(rs);
  const oldText = a[REVISION_ANNOTATION];
  const hadRevision = oldText !== undefined;
  let oldRevision = 0n;
  if (hadRevision) {
    if (!/^[+-]?\d+$/.test(oldText)) return false; // "Updating replica set revision OldRevision not int"
    oldRevision = BigInt(oldText);
  }
  if (oldRevision < newRevision) {
    a[REVISION_ANNOTATION] = String(newRevision);
    changed = true;
    if (hadRevision) {
      const next = appendRevisionHistory(a[REVISION_HISTORY_ANNOTATION], oldText);
      if (next !== undefined) a[REVISION_HISTORY_ANNOTATION] = next;
    }
  }
  const replicas = d.spec?.replicas ?? 1;
  if (!exists && setReplicasAnnotations(rs, replicas, replicas + maxSurgeValue)) changed = true;
  return changed;
}

/** Sets the Deployment's own revision annotation; true when it changed. */
export function setDeploymentRevision(d: Deployment, revision: string): boolean {
  const a = annotationsOf(d);
  if (a[REVISION_ANNOTATION] === revision) return false;
  a[REVISION_ANNOTATION] = revision;
  return true;
}
