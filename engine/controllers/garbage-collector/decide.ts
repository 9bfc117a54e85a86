// What the garbage collector does with one object, and with an owner being deleted.
// Models pkg/controller/garbagecollector/garbagecollector.go → attemptToDeleteItem,
// processDeletingDependentsItem, orphanDependents and operations.go (delete-owner-ref patch,
// unblock patch). Pure: returns the action; the controller performs it through the API.
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1.js';
import { classifyReferences, FINALIZER_DELETE_DEPENDENTS, FINALIZER_ORPHAN, hasFinalizer, type OwnerLookup } from './classify-references.ts';

export type Propagation = 'Background' | 'Foreground' | 'Orphan';

export type ItemAction =
  | { kind: 'none' }
  | { kind: 'remove-owner-references'; uids: string[] }          // keep the object, drop dangling/waiting refs
  | { kind: 'delete'; propagation: Propagation; unblockFirst: boolean };

export interface Item {
  metadata: ObjectMeta;
  /** How many objects list this one as an owner (the graph's dependents). */
  dependentsCount: number;
  /** True when some dependent of this item is itself deleting its dependents (cycle breaking). */
  hasDependentDeletingDependents: boolean;
}

export function isDeletingDependents(meta: ObjectMeta): boolean {
  return meta.deletionTimestamp !== undefined && hasFinalizer(meta, FINALIZER_DELETE_DEPENDENTS);
}

/** attemptToDeleteItem for an item not deleting its own dependents (that case is processDeletingDependents). */
export function attemptToDeleteItem(item: Item, lookup: OwnerLookup): ItemAction {
  if (item.metadata.deletionTimestamp !== undefined) return { kind: 'none' }; // "being deleted" is a one-way trip
  const refs = item.metadata.ownerReferences ?? [];
  if (refs.length === 0) return { kind: 'none' };
  const c = classifyReferences(refs, lookup);
  if (c.solid.length > 0) {
    if (c.dangling.length === 0 && c.waitingForDependentsDeletion.length === 0) return { kind: 'none' };
    return { kind: 'remove-owner-references', uids: [...c.dangling, ...c.waitingForDependentsDeletion].map((r) => r.uid) };
  }
  if (c.waitingForDependentsDeletion.length > 0 && item.dependentsCount > 0) {
    return { kind: 'delete', propagation: 'Foreground', unblockFirst: item.hasDependentDeletingDependents };
  }
  const propagation: Propagation = hasFinalizer(item.metadata, FINALIZER_ORPHAN) ? 'Orphan'
    : hasFinalizer(item.metadata, FINALIZER_DELETE_DEPENDENTS) ? 'Foreground' : 'Background';
  return { kind: 'delete', propagation, unblockFirst: false };
}

export interface Dependent { metadata: ObjectMeta }

/** Dependents whose reference to `ownerUid` has blockOwnerDeletion: true. */
export function blockingDependents<T extends Dependent>(ownerUid: string, dependents: readonly T[]): T[] {
  return dependents.filter((d) => (d.metadata.ownerReferences ?? []).some((r) => r.uid === ownerUid && r.blockOwnerDeletion === true));
}

export type DeletingDependentsAction =
  | { kind: 'remove-finalizer'; finalizer: typeof FINALIZER_DELETE_DEPENDENTS }
  | { kind: 'attempt-to-delete'; dependents: Dependent[] };

/** Foreground owner: finalizer off once nothing blocks; else (re)queue blockers not themselves deleting dependents. */
export function processDeletingDependentsItem(ownerUid: string, dependents: readonly Dependent[]): DeletingDependentsAction {
  const blocking = blockingDependents(ownerUid, dependents);
  if (blocking.length === 0) return { kind: 'remove-finalizer', finalizer: FINALIZER_DELETE_DEPENDENTS };
  return { kind: 'attempt-to-delete', dependents: blocking.filter((d) => !isDeletingDependents(d.metadata)) };
}

/** The strategic-merge patch that deletes ownerReferences by UID (GenerateDeleteOwnerRefStrategicMergeBytes). */
export function deleteOwnerRefPatch(dependentUid: string, ownerUids: readonly string[]): object {
  return { metadata: { ownerReferences: ownerUids.map((uid) => ({ $patch: 'delete', uid })), uid: dependentUid } };
}

/** unblockOwnerReferences: every blockOwnerDeletion set to false (breaks foreground cycles). */
export function unblockedOwnerReferences(refs: readonly OwnerReference[]): OwnerReference[] {
  return refs.map((r) => (r.blockOwnerDeletion === true ? { ...r, blockOwnerDeletion: false } : { ...r }));
}

/** Orphan propagation: patches removing the owner from each dependent, then the `orphan` finalizer goes. */
export function orphanDependents(ownerUid: string, dependents: readonly Dependent[]): { patches: { dependent: Dependent; patch: object }[]; removeFinalizer: typeof FINALIZER_ORPHAN } {
  const patches = dependents
    .filter((d) => (d.metadata.ownerReferences ?? []).some((r) => r.uid === ownerUid))
    .map((d) => ({ dependent: d, patch: deleteOwnerRefPatch(d.metadata.uid ?? '', [ownerUid]) }));
  return { patches, removeFinalizer: FINALIZER_ORPHAN };
}

/** Finalizers the API server adds on DELETE for a propagation policy (store.go → deletionFinalizersForGarbageCollection). */
export function finalizerForPropagation(p: Propagation): string | undefined {
  return p === 'Orphan' ? FINALIZER_ORPHAN : p === 'Foreground' ? FINALIZER_DELETE_DEPENDENTS : undefined;
}
