// Sorting a dependent's ownerReferences into solid, dangling and waitingForDependentsDeletion.
// Models pkg/controller/garbagecollector/garbagecollector.go → classifyReferences and isDangling:
// an owner that is absent or has another UID is dangling; one being deleted with the
// foregroundDeletion finalizer is waiting; any other existing owner is solid.
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1.js';

export const FINALIZER_ORPHAN = 'orphan';
export const FINALIZER_DELETE_DEPENDENTS = 'foregroundDeletion';

export interface Classified { solid: OwnerReference[]; dangling: OwnerReference[]; waitingForDependentsDeletion: OwnerReference[] }

/** Looks an owner up (by kind, namespace of the dependent, name); undefined when it does not exist. */
export type OwnerLookup = (ref: OwnerReference) => { metadata?: ObjectMeta } | undefined;

export const hasFinalizer = (meta: ObjectMeta | undefined, f: string): boolean => (meta?.finalizers ?? []).includes(f);

export function classifyReferences(refs: readonly OwnerReference[], lookup: OwnerLookup): Classified {
  const out: Classified = { solid: [], dangling: [], waitingForDependentsDeletion: [] };
  for (const ref of refs) {
    const owner = lookup(ref);
    if (owner === undefined || owner.metadata?.uid !== ref.uid) { out.dangling.push(ref); continue; }
    const deleting = owner.metadata?.deletionTimestamp !== undefined && hasFinalizer(owner.metadata, FINALIZER_DELETE_DEPENDENTS);
    (deleting ? out.waitingForDependentsDeletion : out.solid).push(ref);
  }
  return out;
}
