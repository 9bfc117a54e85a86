// Validation of a pod template inside a workload: the template's labels and annotations, then its
// PodSpec, and for ReplicaSet-like owners the selector must match the template labels, restart
// policy must be Always and activeDeadlineSeconds is forbidden. Models
// pkg/apis/core/validation/validation.go → ValidatePodTemplateSpec and
// pkg/apis/apps/validation/validation.go → ValidatePodTemplateSpecForReplicaSet.
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { forbidden, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import type { FieldPath } from './field-path.ts';
import { goMapStringString } from './go-render.ts';
import { goValue } from './field-error.ts';
import { isEmptySelector, selectorMatches, validateAnnotations, validateLabels } from './labels.ts';
import { validatePodSpec } from './pod-spec.ts';

export function validatePodTemplateSpec(t: PodTemplateSpec | undefined, p: FieldPath): FieldErrorList {
  const errs = validateLabels(t?.metadata?.labels, p.child('metadata').child('labels'));
  errs.push(...validateAnnotations(t?.metadata?.annotations, p.child('metadata').child('annotations')));
  errs.push(...validatePodSpec(t?.spec, p.child('spec')));
  return errs;
}

/** ValidatePodTemplateSpecForReplicaSet, also used by Deployment and DaemonSet-like owners. */
export function validateTemplateForSelector(t: PodTemplateSpec | undefined, selector: LabelSelector, p: FieldPath, requireAlways = true): FieldErrorList {
  if (!t) return [required(p)];
  const errs: FieldErrorList = [];
  const labels = t.metadata?.labels;
  if (!isEmptySelector(selector) && !selectorMatches(selector, labels)) {
    errs.push(invalid(p.child('metadata').child('labels'), goValue(goMapStringString(labels)), '`selector` does not match template `labels`'));
  }
  errs.push(...validatePodTemplateSpec(t, p));
  const restart = t.spec?.restartPolicy;
  if (requireAlways && restart !== undefined && restart !== 'Always') errs.push(notSupported(p.child('spec').child('restartPolicy'), restart, ['Always']));
  if (t.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(forbidden(p.child('spec').child('activeDeadlineSeconds'), 'activeDeadlineSeconds in ReplicaSet is not Supported'));
  }
  return errs;
}
