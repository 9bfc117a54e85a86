// DaemonSet validation: selector valid, non-empty and matching the template labels, template
// restartPolicy Always and no activeDeadlineSeconds, updateStrategy (RollingUpdate: exactly one of
// maxUnavailable / maxSurge non-zero, both ≤ 100%); selector immutable on update. Models
// pkg/apis/apps/validation/validation.go → ValidateDaemonSet, ValidateDaemonSetSpec,
// ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet.
import type { DaemonSet, DaemonSetSpec, DaemonSetUpdateStrategy } from 'kubernetes-types/apps/v1';
import { goValue, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { goIntOrString, goLabelSelector, goMapStringString } from './go-render.ts';
import { isEmptySelector, selectorMatches, validateLabelSelector } from './labels.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validatePodTemplateSpec } from './pod-template.ts';
import {
  effectiveSelector, intOrPercentValue, isNotMoreThan100Percent, validateImmutableSelector, validatePositiveIntOrPercent,
} from './workload-spec.ts';

function validateUpdateStrategy(s: DaemonSetUpdateStrategy | undefined, p: FieldPath): FieldErrorList {
  const type = s?.type ?? '';
  if (type === 'OnDelete') return [];
  if (type !== 'RollingUpdate') return [notSupported(p, type, ['RollingUpdate', 'OnDelete'])];
  const ru = s?.rollingUpdate;
  if (!ru) return [required(p.child('rollingUpdate'))];
  const rp = p.child('rollingUpdate');
  const errs = validatePositiveIntOrPercent(ru.maxUnavailable, rp.child('maxUnavailable'));
  errs.push(...validatePositiveIntOrPercent(ru.maxSurge, rp.child('maxSurge')));
  errs.push(...isNotMoreThan100Percent(ru.maxUnavailable, rp.child('maxUnavailable')));
  errs.push(...isNotMoreThan100Percent(ru.maxSurge, rp.child('maxSurge')));
  const hasUnavailable = intOrPercentValue(ru.maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(ru.maxSurge) !== 0;
  if (hasUnavailable && hasSurge) errs.push(invalid(rp.child('maxSurge'), goIntOrString(ru.maxSurge), 'may not be set when maxUnavailable is non-zero'));
  if (!hasUnavailable && !hasSurge) errs.push(required(rp.child('maxUnavailable'), 'cannot be 0 when maxSurge is 0'));
  return errs;
}

export function validateDaemonSetSpec(spec: DaemonSetSpec | undefined, p: FieldPath): FieldErrorList {
  const s = spec ?? ({} as Partial<DaemonSetSpec>);
  const errs = validateLabelSelector(s.selector, p.child('selector'));
  const labels = s.template?.metadata?.labels;
  if (!selectorMatches(effectiveSelector(s.selector), labels)) {
    errs.push(invalid(p.child('template').child('metadata').child('labels'), goValue(goMapStringString(labels)), '`selector` does not match template `labels`'));
  }
  if (s.selector && isEmptySelector(s.selector)) errs.push(invalid(p.child('selector'), goLabelSelector(s.selector), 'empty selector is invalid for daemonset'));
  errs.push(...validatePodTemplateSpec(s.template, p.child('template')));
  const restart = s.template?.spec?.restartPolicy;
  if (restart !== undefined && restart !== 'Always') errs.push(notSupported(p.child('template').child('spec').child('restartPolicy'), restart, ['Always']));
  const deadline = s.template?.spec?.activeDeadlineSeconds;
  if (deadline !== undefined) errs.push(invalid(p.child('template').child('spec').child('activeDeadlineSeconds'), deadline, 'activeDeadlineSeconds in DaemonSet is not Supported'));
  errs.push(...validateNonnegative(s.minReadySeconds, p.child('minReadySeconds')));
  errs.push(...validateUpdateStrategy(s.updateStrategy, p.child('updateStrategy')));
  errs.push(...validateNonnegative(s.revisionHistoryLimit, p.child('revisionHistoryLimit')));
  return errs;
}

export function validateDaemonSet(ds: DaemonSet): FieldErrorList {
  const errs = validateObjectMeta(ds.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validateDaemonSetSpec(ds.spec, path('spec')));
  return errs;
}

export function validateDaemonSetUpdate(ds: DaemonSet, old: DaemonSet): FieldErrorList {
  const errs = validateObjectMetaUpdate(ds.metadata, old.metadata);
  errs.push(...validateDaemonSetSpec(ds.spec, path('spec')));
  errs.push(...validateImmutableSelector(ds.spec?.selector, old.spec?.selector, path('spec', 'selector')));
  return errs;
}
