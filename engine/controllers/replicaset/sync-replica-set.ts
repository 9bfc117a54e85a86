// One reconcile of a ReplicaSet (or ReplicationController): claim pods, create or delete to
// reach spec.replicas (when expectations are satisfied), write status.
// Models pkg/controller/replicaset/replica_set.go → syncReplicaSet, manageReplicas, claimPods,
// getIndirectlyRelatedPods, updateReplicaSetStatus (claimPods and the status counts: claim-pods.ts). Returns the requeue the worker should do; a
// manageReplicas error is thrown after the status write, so the queue retries with back-off.
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { ControllerIdentity } from './controller-ref.ts';
import { claimPods } from './claim-pods.ts';
import { createdPodEvent, deletedPodEvent, failedCreateEvent, failedDeleteEvent } from './events.ts';
import type { ControllerExpectations } from './expectations.ts';
import { planManageReplicas } from './manage-replicas.ts';
import { podFromTemplate } from './pod-from-template.ts';
import { PodFactsMemo } from './pod-facts.ts';
import { mergeByKey, orphanPodIndexKeyForNamespace, POD_CONTROLLER_UID_INDEX } from './pod-controller-index.ts';
import { errorText, hasStatusCause, statusReason, type CachePort, type ClientPort, type IndexedCachePort, type RecorderPort } from './ports.ts';
import type { ReplicatedKind, ReplicatedLike } from './replicated-kind.ts';
import { selectorMatches } from './shims/label-selector.ts';
import { slowStartBatch, SLOW_START_INITIAL_BATCH_SIZE } from './slow-start.ts';
import { calculateReplicaSetStatus, minReadyRequeueMs } from './status.ts';
import { jsonEqual } from './shims/json-equal.ts';

export interface ReplicaSetSyncDeps {
  kind: ReplicatedKind;
  client: ClientPort;
  owners: CachePort<ReplicatedLike>;
  pods: IndexedCachePort<Pod>;
  recorder: RecorderPort;
  expectations: ControllerExpectations;
  nowMs(): number;
  /** Each ReplicaSet's pod facts from its last sync (made on first use when absent). */
  podFacts?: PodFactsMemo;
}

export type SyncResult = { requeueAfterMs?: number };

const podKey = (p: Pod): string => `${p.metadata?.namespace ?? ''}/${p.metadata?.name ?? ''}`;

export function identityOf(kind: ReplicatedKind, obj: ReplicatedLike): ControllerIdentity {
  return {
    apiVersion: kind.apiVersion, kind: kind.kind, name: obj.metadata?.name ?? '', uid: obj.metadata?.uid ?? '',
    namespace: obj.metadata?.namespace ?? '', deleting: obj.metadata?.deletionTimestamp !== undefined,
  };
}

export function syncReplicaSet(deps: ReplicaSetSyncDeps, key: string): SyncResult {
  const [namespace = '', name = ''] = key.split('/');
  const rs = deps.owners.get(namespace, name);
  if (rs === undefined) { deps.expectations.delete(key); deps.podFacts?.delete(key); return {}; }
  const needsSync = deps.expectations.satisfied(key, deps.nowMs());
  const who = identityOf(deps.kind, rs);
  const facts = (deps.podFacts ??= new PodFactsMemo()).forOwner(key, {
    uid: who.uid, deleting: who.deleting, selector: rs.spec?.selector, templateLabels: rs.spec?.template?.metadata?.labels,
  });
  const { pods: claimed, tally } = claimPods(deps, rs, who, claimablePods(deps, rs), facts);
  let manageError: Error | undefined;
  if (needsSync && rs.metadata?.deletionTimestamp === undefined) manageError = manageReplicas(deps, key, rs, claimed);
  const status = calculateReplicaSetStatus(rs, claimed, manageError, deps.nowMs(), tally);
  const written = jsonEqual(rs.status ?? {}, status) ? rs : deps.client.updateStatus<ReplicatedLike>(deps.kind.resource, { ...rs, status });
  const requeue = minReadyRequeueMs(written as never, status, manageError !== undefined);
  if (manageError) throw manageError;
  return requeue === undefined ? {} : { requeueAfterMs: requeue };
}

/** The pods the ReplicaSet controls or could adopt (controller.FilterPodsByOwner with orphans). */
function claimablePods(deps: ReplicaSetSyncDeps, rs: ReplicatedLike): readonly Pod[] {
  const owned = deps.pods.byIndex(POD_CONTROLLER_UID_INDEX, rs.metadata?.uid ?? '');
  const orphans = deps.pods.byIndex(POD_CONTROLLER_UID_INDEX, orphanPodIndexKeyForNamespace(rs.metadata?.namespace ?? ''));
  return mergeByKey(owned, orphans);
}

function manageReplicas(deps: ReplicaSetSyncDeps, key: string, rs: ReplicatedLike, claimed: Pod[]): Error | undefined {
  const plan = planManageReplicas(claimed, rs.spec?.replicas ?? 1, () => relatedPods(deps, rs), deps.nowMs());
  if (plan.kind === 'create') return createPods(deps, key, rs, plan.count);
  if (plan.kind === 'delete') return deletePods(deps, key, rs, plan.pods);
  return undefined;
}

function createPods(deps: ReplicaSetSyncDeps, key: string, rs: ReplicatedLike, count: number): Error | undefined {
  deps.expectations.expectCreations(key, count, deps.nowMs());
  const who = identityOf(deps.kind, rs);
  const template = rs.spec?.template ?? {};
  const result = slowStartBatch(count, SLOW_START_INITIAL_BATCH_SIZE, () => {
    const pod = podFromTemplate(template, who.namespace, who.name, { apiVersion: who.apiVersion, kind: who.kind, name: who.name, uid: who.uid, controller: true, blockOwnerDeletion: true });
    try {
      const created = deps.client.create<Pod>('pods', pod, { namespace: who.namespace });
      record(deps, rs, createdPodEvent(created.metadata?.name ?? ''));
      return undefined;
    } catch (e) {
      if (hasStatusCause(e, 'NamespaceTerminating')) return undefined; // the namespace is going away
      record(deps, rs, failedCreateEvent(errorText(e)));
      return e instanceof Error ? e : new Error(errorText(e));
    }
  });
  for (let i = result.successes; i < count; i++) deps.expectations.creationObserved(key); // skipped or failed
  return result.error;
}

function deletePods(deps: ReplicaSetSyncDeps, key: string, rs: ReplicatedLike, victims: Pod[]): Error | undefined {
  deps.expectations.expectDeletions(key, victims.map(podKey), deps.nowMs());
  let firstError: Error | undefined;
  for (const pod of victims) {
    try {
      deps.client.delete('pods', pod.metadata?.namespace, pod.metadata?.name ?? '');
      record(deps, rs, deletedPodEvent(pod.metadata?.name ?? ''));
    } catch (e) {
      deps.expectations.deletionObserved(key, podKey(pod));
      if (statusReason(e) === 'NotFound') continue;
      record(deps, rs, failedDeleteEvent(errorText(e)));
      firstError ??= e instanceof Error ? e : new Error(errorText(e));
    }
  }
  return firstError;
}

/** Pods of every ReplicaSet with the same controller (e.g. all RSes of one Deployment), for ranking. */
function relatedPods(deps: ReplicaSetSyncDeps, rs: ReplicatedLike): Pod[] {
  const ownerUid = rs.metadata?.ownerReferences?.find((r) => r.controller === true)?.uid;
  if (ownerUid === undefined) return [];
  const ns = rs.metadata?.namespace;
  const siblings = deps.owners.list(ns, (o) => o.metadata?.ownerReferences?.some((r) => r.controller === true && r.uid === ownerUid) ?? false);
  const seen = new Set<string>();
  const out: Pod[] = [];
  for (const sib of siblings) {
    const selector = deps.kind.selectorOf(sib);
    for (const pod of deps.pods.list(ns, (p) => selectorMatches(selector, p.metadata?.labels))) {
      const uid = pod.metadata?.uid ?? podKey(pod);
      if (seen.has(uid)) continue;
      seen.add(uid);
      out.push(pod);
    }
  }
  return out;
}

function record(deps: ReplicaSetSyncDeps, rs: ReplicatedLike, ev: { type: 'Normal' | 'Warning'; reason: string; message: string }): void {
  deps.recorder.event(rs as never, ev.type, ev.reason, ev.message);
}
