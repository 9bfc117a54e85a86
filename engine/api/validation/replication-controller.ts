// ReplicationController validation: minReadySeconds ≥ 0, a required non-empty map selector,
// replicas ≥ 0, and a template whose labels the selector matches, with restartPolicy Always and no
// activeDeadlineSeconds. The selector of an RC may change (no immutability check, unlike apps/v1).
// Models pkg/apis/core/validation/validation.go → ValidateReplicationController,
// ValidateReplicationControllerUpdate, ValidateReplicationControllerSpec, ValidateNonEmptySelector,
// ValidatePodTemplateSpecForRC. Leaves out ValidateReadOnlyPersistentDisks (no volumes of that kind).
import type { PodTemplateSpec, ReplicationController, ReplicationControllerSpec } from 'kubernetes-types/core/v1';
import { forbidden, goValue, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { goMapStringString } from './go-render.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validatePodTemplateSpec } from './pod-template.ts';

const isEmptyMap = (m: Record<string, string> | undefined): boolean => Object.keys(m ?? {}).length === 0;

/** labels.Set(selector).AsSelector().Matches(template labels): every selector pair is a template label. */
const matchesMap = (selector: Record<string, string>, labels: Record<string, string> | undefined): boolean =>
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function validateTemplateForRC(t: PodTemplateSpec | undefined, selector: Record<string, string> | undefined, p: FieldPath): FieldErrorList {
  if (!t) return [required(p)];
  const errs: FieldErrorList = [];
  const labels = t.metadata?.labels;
  if (!isEmptyMap(selector) && !matchesMap(selector ?? {}, labels)) {
    errs.push(invalid(p.child('metadata').child('labels'), goValue(goMapStringString(labels)), '`selector` does not match template `labels`'));
  }
  errs.push(...validatePodTemplateSpec(t, p));
  const restart = t.spec?.restartPolicy ?? '';
  if (restart !== 'Always') errs.push(notSupported(p.child('spec').child('restartPolicy'), restart, ['Always']));
  if (t.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(forbidden(p.child('spec').child('activeDeadlineSeconds'), 'activeDeadlineSeconds in ReplicationController is not Supported'));
  }
  return errs;
}

export function validateReplicationControllerSpec(spec: ReplicationControllerSpec | undefined, p: FieldPath): FieldErrorList {
  const s = spec ?? {};
  const errs = validateNonnegative(s.minReadySeconds, p.child('minReadySeconds'));
  if (isEmptyMap(s.selector)) errs.push(required(p.child('selector')));
  errs.push(...validateNonnegative(s.replicas, p.child('replicas')));
  errs.push(...validateTemplateForRC(s.template, s.selector, p.child('template')));
  return errs;
}

export function validateReplicationController(rc: ReplicationController): FieldErrorList {
  const errs = validateObjectMeta(rc.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validateReplicationControllerSpec(rc.spec, path('spec')));
  return errs;
}

export function validateReplicationControllerUpdate(rc: ReplicationController, old: ReplicationController): FieldErrorList {
  const errs = validateObjectMetaUpdate(rc.metadata, old.metadata);
  errs.push(...validateReplicationControllerSpec(rc.spec, path('spec')));
  return errs;
}
