// Deployment validation (create and update). Spec: replicas ≥ 0, selector, template matching the
// selector with restartPolicy Always, strategy (Recreate has no rollingUpdate; RollingUpdate's
// maxSurge/maxUnavailable valid and not both 0, maxUnavailable ≤ 100%), minReadySeconds,
// revisionHistoryLimit, progressDeadlineSeconds > 0 and > minReadySeconds; the selector is
// immutable on update. Models pkg/apis/apps/validation/validation.go → ValidateDeployment,
// ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment,
// ValidateDeploymentUpdate and pkg/registry/apps/deployment/strategy.go → ValidateUpdate.
import type { Deployment, DeploymentSpec, DeploymentStrategy } from 'kubernetes-types/apps/v1';
import { forbidden, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { goIntOrString } from './go-render.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validateTemplateForSelector } from './pod-template.ts';
import {
  effectiveSelector, intOrPercentValue, isNotMoreThan100Percent, validateImmutableSelector,
  validatePositiveIntOrPercent, validateReplicas, validateWorkloadSelector,
} from './workload-spec.ts';

function validateStrategy(s: DeploymentStrategy | undefined, p: FieldPath): FieldErrorList {
  const type = s?.type ?? '';
  if (type === 'Recreate') {
    return s?.rollingUpdate ? [forbidden(p.child('rollingUpdate'), "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (type !== 'RollingUpdate') return [notSupported(p.child('type'), type, ['Recreate', 'RollingUpdate'])];
  const ru = s?.rollingUpdate;
  if (!ru) return [required(p.child('rollingUpdate'), 'this should be defaulted and never be nil')];
  const rp = p.child('rollingUpdate');
  const errs = validatePositiveIntOrPercent(ru.maxUnavailable, rp.child('maxUnavailable'));
  errs.push(...validatePositiveIntOrPercent(ru.maxSurge, rp.child('maxSurge')));
  if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
    errs.push(invalid(rp.child('maxUnavailable'), goIntOrString(ru.maxUnavailable ?? 0), 'may not be 0 when `maxSurge` is 0'));
  }
  errs.push(...isNotMoreThan100Percent(ru.maxUnavailable, rp.child('maxUnavailable')));
  return errs;
}

export function validateDeploymentSpec(spec: DeploymentSpec | undefined, p: FieldPath): FieldErrorList {
  const s = spec ?? ({} as Partial<DeploymentSpec>);
  const errs = validateReplicas(s.replicas, p.child('replicas'));
  errs.push(...validateWorkloadSelector(s.selector, 'deployment', p.child('selector')));
  errs.push(...validateTemplateForSelector(s.template, effectiveSelector(s.selector), p.child('template')));
  errs.push(...validateStrategy(s.strategy, p.child('strategy')));
  errs.push(...validateNonnegative(s.minReadySeconds, p.child('minReadySeconds')));
  errs.push(...validateNonnegative(s.revisionHistoryLimit, p.child('revisionHistoryLimit')));
  const deadline = s.progressDeadlineSeconds;
  if (deadline !== undefined) {
    if (deadline <= 0) errs.push(invalid(p.child('progressDeadlineSeconds'), deadline, 'must be greater than zero'));
    if (deadline <= (s.minReadySeconds ?? 0)) errs.push(invalid(p.child('progressDeadlineSeconds'), deadline, 'must be greater than minReadySeconds'));
  }
  return errs;
}

export function validateDeployment(d: Deployment): FieldErrorList {
  const errs = validateObjectMeta(d.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validateDeploymentSpec(d.spec, path('spec')));
  return errs;
}

export function validateDeploymentUpdate(d: Deployment, old: Deployment): FieldErrorList {
  const errs = validateObjectMetaUpdate(d.metadata, old.metadata);
  // A status write carries the stored spec itself: it was validated when it was written.
  if (d.spec === old.spec) return errs;
  errs.push(...validateDeploymentSpec(d.spec, path('spec')));
  errs.push(...validateImmutableSelector(d.spec?.selector, old.spec?.selector, path('spec', 'selector')));
  return errs;
}
