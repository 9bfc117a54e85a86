// Finding a Deployment's ReplicaSets: claim by selector and ownerReference, split new from old,
// and create or refresh the new one (revision, annotations, conditions, collisionCount).
// Models deployment_controller.go → getReplicaSetsForDeployment and sync.go →
// getAllReplicaSetsAndSyncRevision, getNewReplicaSet.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { adoptPatch, decideClaimMatching, releasePatch, type ControllerIdentity } from '../replicaset/controller-ref.ts';
import { selectorMatcher } from '../replicaset/shims/label-selector.ts';
import { errorText, hasStatusCause, statusReason } from '../replicaset/ports.ts';
import { getDeploymentCondition, newDeploymentCondition, PROGRESSING, Reasons, setDeploymentCondition } from './conditions.ts';
import { type DeploymentSyncDeps, recordEvent } from './deps.ts';
import { newReplicaSetEvent, replicaSetCreateErrorEvent } from './events.ts';
import { maxSurge } from './fenceposts.ts';
import { buildNewReplicaSet } from './new-replica-set.ts';
import { equalIgnoreHash, findNewReplicaSet, findOldReplicaSets } from './replica-sets.ts';
import { maxRevision, REVISION_ANNOTATION, setDeploymentRevision, setNewReplicaSetAnnotations } from './revision.ts';
import { newRSNewReplicas } from './rolling.ts';
import { hasProgressDeadline } from './status.ts';

export function deploymentIdentity(d: Deployment): ControllerIdentity {
  return { apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata?.name ?? '', uid: d.metadata?.uid ?? '', namespace: d.metadata?.namespace ?? '', deleting: d.metadata?.deletionTimestamp !== undefined };
}

export function claimReplicaSets(deps: DeploymentSyncDeps, d: Deployment): ReplicaSet[] {
  const who = deploymentIdentity(d);
  const out: ReplicaSet[] = [];
  // The selector is converted once per sync, not once per ReplicaSet of the namespace.
  const matches = selectorMatcher(d.spec?.selector ?? {});
  for (const rs of deps.replicaSets.list(who.namespace)) {
    const decision = decideClaimMatching(who, matches(rs.metadata?.labels), rs);
    const name = rs.metadata?.name ?? '', uid = rs.metadata?.uid ?? '';
    try {
      if (decision.kind === 'owned') out.push(rs);
      else if (decision.kind === 'adopt') out.push(deps.client.patch<ReplicaSet>('replicasets', who.namespace, name, 'strategic', adoptPatch(who, uid)));
      else if (decision.kind === 'release') deps.client.patch('replicasets', who.namespace, name, 'strategic', releasePatch(who, uid));
    } catch (e) {
      if (statusReason(e) !== 'NotFound') throw e;
    }
  }
  return out;
}

export interface AllReplicaSets { newRS: ReplicaSet | undefined; oldRSs: ReplicaSet[]; d: Deployment }

/** `d` is mutated in place when its revision/conditions/collisionCount change (it is a working copy). */
export function getAllReplicaSetsAndSyncRevision(deps: DeploymentSyncDeps, d: Deployment, rsList: ReplicaSet[], createIfNotExisted: boolean): AllReplicaSets {
  const oldRSs = findOldReplicaSets(d, rsList);
  const newRS = getNewReplicaSet(deps, d, rsList, oldRSs, createIfNotExisted);
  return { newRS, oldRSs, d };
}

function getNewReplicaSet(deps: DeploymentSyncDeps, d: Deployment, rsList: ReplicaSet[], oldRSs: ReplicaSet[], create: boolean): ReplicaSet | undefined {
  const existing = findNewReplicaSet(d, rsList);
  const newRevision = maxRevision(oldRSs) + 1n;
  const now = deps.nowMs();
  if (existing !== undefined) {
    // A shallow copy with its own annotations and spec is all the revision sync may change.
    const copy: ReplicaSet = { ...existing, metadata: { ...existing.metadata, annotations: { ...(existing.metadata?.annotations ?? {}) } }, spec: { ...(existing.spec ?? { selector: {} }) } };
    const annotationsUpdated = setNewReplicaSetAnnotations(d, copy, newRevision, true, maxSurge(d));
    const minReady = d.spec?.minReadySeconds ?? 0;
    if (annotationsUpdated || (copy.spec?.minReadySeconds ?? 0) !== minReady) {
      copy.spec = { ...(copy.spec ?? { selector: {} }), minReadySeconds: minReady };
      return deps.client.update<ReplicaSet>('replicasets', copy);
    }
    let needsUpdate = setDeploymentRevision(d, copy.metadata?.annotations?.[REVISION_ANNOTATION] ?? '');
    if (hasProgressDeadline(d) && getDeploymentCondition(d.status, PROGRESSING) === undefined) {
      d.status ??= {};
      setDeploymentCondition(d.status, newDeploymentCondition(PROGRESSING, 'True', Reasons.FoundNewReplicaSet, `Found new replica set "${copy.metadata?.name ?? ''}"`, now));
      needsUpdate = true;
    }
    if (needsUpdate) writeStatus(deps, d);
    return copy;
  }
  if (!create) return undefined;
  const rs = buildNewReplicaSet(d, newRevision);
  const replicas = newRSNewReplicas(d, [...oldRSs, rs], rs);
  rs.spec = { ...(rs.spec ?? { selector: {} }), replicas };
  let created: ReplicaSet;
  let alreadyExisted = false;
  try {
    created = deps.client.create<ReplicaSet>('replicasets', rs, { namespace: d.metadata?.namespace ?? 'default' });
  } catch (e) {
    const name = rs.metadata?.name ?? '';
    if (statusReason(e) === 'AlreadyExists') {
      const found = deps.replicaSets.get(d.metadata?.namespace, name);
      const ref = found?.metadata?.ownerReferences?.find((r) => r.controller === true);
      if (found && ref?.uid === d.metadata?.uid && equalIgnoreHash(d.spec?.template, found.spec?.template)) {
        created = found;
        alreadyExisted = true;
      } else {
        d.status = { ...(d.status ?? {}), collisionCount: (d.status?.collisionCount ?? 0) + 1 }; // hash collision: retry next sync
        writeStatus(deps, d);
        throw e;
      }
    } else {
      if (hasStatusCause(e, 'NamespaceTerminating')) throw e;
      const ev = replicaSetCreateErrorEvent(name, errorText(e));
      if (hasProgressDeadline(d)) {
        d.status ??= {};
        setDeploymentCondition(d.status, newDeploymentCondition(PROGRESSING, 'False', Reasons.ReplicaSetCreateError, ev.message, now));
        try { writeStatus(deps, d); } catch { /* the create error is the one to report (as sync.go does) */ }
      }
      recordEvent(deps, d, ev);
      throw e;
    }
  }
  if (!alreadyExisted && replicas > 0) recordEvent(deps, d, newReplicaSetEvent(created.metadata?.name ?? '', replicas));
  let needsUpdate = setDeploymentRevision(d, String(newRevision));
  if (!alreadyExisted && hasProgressDeadline(d)) {
    d.status ??= {};
    setDeploymentCondition(d.status, newDeploymentCondition(PROGRESSING, 'True', Reasons.NewReplicaSetCreated, `Created new replica set "${created.metadata?.name ?? ''}"`, now));
    needsUpdate = true;
  }
  if (needsUpdate) writeStatus(deps, d);
  return created;
}

/** UpdateStatus of the working copy; the stored resourceVersion is carried forward. */
export function writeStatus(deps: DeploymentSyncDeps, d: Deployment): void {
  const stored = deps.client.updateStatus<Deployment>('deployments', d);
  if (stored.metadata?.resourceVersion !== undefined) d.metadata = { ...(d.metadata ?? {}), resourceVersion: stored.metadata.resourceVersion };
}
