// Pod validation on create and update. Create: ObjectMeta (name a DNS-1123 subdomain), PodSpec,
// no ephemeral containers. Update: identity immutable and the spec unchanged except the mutable
// fields (images, activeDeadlineSeconds, added tolerations, terminationGracePeriodSeconds, removed
// scheduling gates; nodeSelector/affinity while gated).
// Models pkg/apis/core/validation/validation.go → ValidatePodCreate, ValidatePod, ValidatePodUpdate.
// Upstream appends a cmp.Diff of the spec to the update error; that diff is left out.
import { clone, jsonEqual } from '../../apimachinery/object.ts';
import type { Pod, PodSpec } from 'kubernetes-types/core/v1';
import { canonicalJson } from './canonical-json.ts';
import { forbidden, type FieldErrorList } from './field-error.ts';
import { path } from './field-path.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validatePodSpec } from './pod-spec.ts';

export function validatePod(pod: Pod): FieldErrorList {
  const errs = validateObjectMeta(pod.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validatePodSpec(pod.spec, path('spec')));
  if ((pod.spec?.ephemeralContainers?.length ?? 0) > 0) {
    errs.push(forbidden(path('spec', 'ephemeralContainers'), 'cannot be set on create'));
  }
  return errs;
}

const UPDATABLE = '`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** The spec with every field a pod update may change blanked out, for comparison. */
function frozenPart(spec: PodSpec | undefined, gated: boolean): string {
  const s = clone(spec ?? { containers: [] }) as PodSpec;
  for (const c of [...s.containers, ...(s.initContainers ?? [])]) c.image = '';
  delete s.activeDeadlineSeconds;
  delete s.tolerations;
  delete s.terminationGracePeriodSeconds;
  delete s.schedulingGates;
  if (gated) { delete s.nodeSelector; delete s.affinity; }
  return canonicalJson(s);
}

/** Scheduling gates may only be removed (validateSchedulingGates on update). */
function validateGateRemovals(pod: Pod, old: Pod): FieldErrorList {
  const before = new Set((old.spec?.schedulingGates ?? []).map((g) => g.name));
  const added = (pod.spec?.schedulingGates ?? []).find((g) => !before.has(g.name));
  return added ? [forbidden(path('spec', 'schedulingGates'), `only deletion is allowed, but found new scheduling gate '${added.name}'`)] : [];
}

export function validatePodUpdate(pod: Pod, old: Pod): FieldErrorList {
  const errs = validateObjectMetaUpdate(pod.metadata, old.metadata);
  // An unchanged spec (every status update, most metadata updates) has nothing more to check:
  // the stored spec was validated when it was written (ValidatePodStatusUpdate checks no spec).
  if (jsonEqual(pod.spec, old.spec)) return errs;
  errs.push(...validatePodSpec(pod.spec, path('spec')));
  errs.push(...validateGateRemovals(pod, old));
  const gated = (old.spec?.schedulingGates?.length ?? 0) > 0;
  if (frozenPart(pod.spec, gated) !== frozenPart(old.spec, gated)) {
    errs.push(forbidden(path('spec'), `pod updates may not change fields other than ${UPDATABLE}`));
  }
  return errs;
}
