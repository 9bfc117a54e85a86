// Adoption and release of objects by a controller (ownerReferences + selector).
// Models pkg/controller/controller_ref_manager.go → BaseControllerRefManager.ClaimObject and the
// adopt/release strategic-merge patches of PodControllerRefManager (AdoptPod, ReleasePod).
// Pure: returns the decision; the controller sends the patch. Leaves out CanAdopt's uncached recheck.
import type { LabelSelector, ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1.js';
import { selectorMatches } from './shims/label-selector.ts';

export interface ControllerIdentity {
  apiVersion: string; kind: string; name: string; uid: string; namespace: string; deleting: boolean;
}

export type ClaimDecision =
  | { kind: 'owned' }     // ours and matching: claimed
  | { kind: 'adopt' }     // orphan and matching: patch in our controllerRef, then claimed
  | { kind: 'release' }   // ours but no longer matching: patch our controllerRef out
  | { kind: 'ignore' };   // someone else's, or not for us

export function decideClaim(owner: ControllerIdentity, selector: LabelSelector, obj: { metadata?: ObjectMeta }): ClaimDecision {
  return decideClaimMatching(owner, selectorMatches(selector, obj.metadata?.labels), obj);
}

/** decideClaim when the caller has matched the selector itself (once-converted, for many objects). */
const OWNED: ClaimDecision = { kind: 'owned' };
const ADOPT: ClaimDecision = { kind: 'adopt' };
const RELEASE: ClaimDecision = { kind: 'release' };
const IGNORE: ClaimDecision = { kind: 'ignore' };

export function decideClaimMatching(owner: ControllerIdentity, matches: boolean, obj: { metadata?: ObjectMeta }): ClaimDecision {
  const meta = obj.metadata ?? {};
  const ref = controllerRefOf(meta);
  if (ref !== undefined) {
    if (ref.uid !== owner.uid) return IGNORE;
    if (matches) return OWNED;
    return owner.deleting ? IGNORE : RELEASE;
  }
  if (owner.deleting || !matches) return IGNORE;
  if (meta.deletionTimestamp !== undefined) return IGNORE;
  if (owner.namespace !== '' && owner.namespace !== (meta.namespace ?? '')) return IGNORE;
  return ADOPT;
}

/** metav1.GetControllerOf: the ownerReference with controller: true. */
function controllerRefOf(meta: ObjectMeta): OwnerReference | undefined {
  for (const r of meta.ownerReferences ?? []) if (r.controller === true) return r;
  return undefined;
}

export function controllerRefTo(owner: ControllerIdentity): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name, uid: owner.uid, controller: true, blockOwnerDeletion: true };
}

/** The adopt patch: `{"metadata":{"ownerReferences":[<controllerRef>],"uid":"<obj uid>"}}` (strategic). */
export function adoptPatch(owner: ControllerIdentity, objUid: string): object {
  return { metadata: { ownerReferences: [controllerRefTo(owner)], uid: objUid } };
}

/** The release patch: delete our ownerReference by uid (strategic `$patch: delete`). */
export function releasePatch(owner: ControllerIdentity, objUid: string): object {
  return { metadata: { ownerReferences: [{ $patch: 'delete', uid: owner.uid }], uid: objUid } };
}
