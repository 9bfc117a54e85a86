// PodDisruptionBudget (policy/v1) validation: minAvailable and maxUnavailable not both set, each a
// non-negative int or a percent ≤ 100%, a valid selector, unhealthyPodEvictionPolicy values.
// Models pkg/apis/policy/validation/validation.go → ValidatePodDisruptionBudget,
// ValidatePodDisruptionBudgetSpec. The %#v of the whole spec in the both-set error is abbreviated.
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { goValue, invalid, notSupported, type FieldErrorList } from './field-error.ts';
import { path } from './field-path.ts';
import { validateLabelSelector } from './labels.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { isNotMoreThan100Percent, validatePositiveIntOrPercent } from './workload-spec.ts';

function validateSpec(pdb: PodDisruptionBudget): FieldErrorList {
  const spec = pdb.spec ?? {};
  const p = path('spec');
  const errs: FieldErrorList = [];
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    errs.push(invalid(p, goValue('policy.PodDisruptionBudgetSpec{...}'), 'minAvailable and maxUnavailable cannot be both set'));
  }
  for (const f of ['minAvailable', 'maxUnavailable'] as const) {
    errs.push(...validatePositiveIntOrPercent(spec[f], p.child(f)), ...isNotMoreThan100Percent(spec[f], p.child(f)));
  }
  errs.push(...validateLabelSelector(spec.selector, p.child('selector')));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && policy !== 'AlwaysAllow' && policy !== 'IfHealthyBudget') {
    errs.push(notSupported(p.child('unhealthyPodEvictionPolicy'), policy, ['AlwaysAllow', 'IfHealthyBudget']));
  }
  return errs;
}

export function validatePodDisruptionBudget(pdb: PodDisruptionBudget): FieldErrorList {
  return [...validateObjectMeta(pdb.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain }), ...validateSpec(pdb)];
}

export function validatePodDisruptionBudgetUpdate(pdb: PodDisruptionBudget, old: PodDisruptionBudget): FieldErrorList {
  return [...validateObjectMetaUpdate(pdb.metadata, old.metadata), ...validateSpec(pdb)];
}
