// ReplicaSet validation: replicas and minReadySeconds ≥ 0, a required non-empty selector (upstream
// says "for deployment" here too), template matching it; selector immutable on update.
// Models pkg/apis/apps/validation/validation.go → ValidateReplicaSet, ValidateReplicaSetSpec,
// ValidateReplicaSetUpdate and pkg/registry/apps/replicaset/strategy.go → ValidateUpdate.
import type { ReplicaSet, ReplicaSetSpec } from 'kubernetes-types/apps/v1';
import type { FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validateTemplateForSelector } from './pod-template.ts';
import { effectiveSelector, validateImmutableSelector, validateReplicas, validateWorkloadSelector } from './workload-spec.ts';

export function validateReplicaSetSpec(spec: ReplicaSetSpec | undefined, p: FieldPath): FieldErrorList {
  const s = spec ?? ({} as Partial<ReplicaSetSpec>);
  const errs = validateReplicas(s.replicas, p.child('replicas'));
  errs.push(...validateNonnegative(s.minReadySeconds, p.child('minReadySeconds')));
  errs.push(...validateWorkloadSelector(s.selector, 'deployment', p.child('selector')));
  errs.push(...validateTemplateForSelector(s.template, effectiveSelector(s.selector), p.child('template')));
  return errs;
}

export function validateReplicaSet(rs: ReplicaSet): FieldErrorList {
  const errs = validateObjectMeta(rs.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validateReplicaSetSpec(rs.spec, path('spec')));
  return errs;
}

export function validateReplicaSetUpdate(rs: ReplicaSet, old: ReplicaSet): FieldErrorList {
  const errs = validateObjectMetaUpdate(rs.metadata, old.metadata);
  // A status write carries the stored spec itself: it was validated when it was written.
  if (rs.spec === old.spec) return errs;
  errs.push(...validateReplicaSetSpec(rs.spec, path('spec')));
  errs.push(...validateImmutableSelector(rs.spec?.selector, old.spec?.selector, path('spec', 'selector')));
  return errs;
}
