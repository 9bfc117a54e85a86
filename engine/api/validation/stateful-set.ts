// StatefulSet validation: podManagementPolicy and updateStrategy values, replicas and
// minReadySeconds ≥ 0, a required non-empty selector matching the template, restartPolicy Always;
// on update only replicas, ordinals, template, updateStrategy, revisionHistoryLimit,
// persistentVolumeClaimRetentionPolicy and minReadySeconds may change. Models
// pkg/apis/apps/validation/validation.go → ValidateStatefulSet, ValidateStatefulSetSpec,
// ValidateStatefulSetUpdate. volumeClaimTemplates are not validated here.
import type { StatefulSet, StatefulSetSpec } from 'kubernetes-types/apps/v1';
import { canonicalJson } from './canonical-json.ts';
import { forbidden, invalid, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validateTemplateForSelector } from './pod-template.ts';
import { effectiveSelector, validateReplicas, validateWorkloadSelector } from './workload-spec.ts';

export function validateStatefulSetSpec(spec: StatefulSetSpec | undefined, p: FieldPath): FieldErrorList {
  const s = spec ?? ({} as Partial<StatefulSetSpec>);
  const errs: FieldErrorList = [];
  const policy = s.podManagementPolicy ?? '';
  if (policy === '') errs.push(required(p.child('podManagementPolicy')));
  else if (policy !== 'OrderedReady' && policy !== 'Parallel') errs.push(invalid(p.child('podManagementPolicy'), policy, "must be 'OrderedReady' or 'Parallel'"));
  const type = s.updateStrategy?.type ?? '';
  if (type === '') errs.push(required(p.child('updateStrategy')));
  else if (type === 'OnDelete' && s.updateStrategy?.rollingUpdate) {
    errs.push(invalid(p.child('updateStrategy').child('rollingUpdate'), JSON.stringify(s.updateStrategy.rollingUpdate), "only allowed for updateStrategy 'RollingUpdate'"));
  } else if (type === 'RollingUpdate') {
    errs.push(...validateNonnegative(s.updateStrategy?.rollingUpdate?.partition, p.child('updateStrategy').child('rollingUpdate').child('partition')));
  } else if (type !== 'OnDelete') {
    errs.push(invalid(p.child('updateStrategy'), type, "must be 'RollingUpdate' or 'OnDelete'"));
  }
  errs.push(...validateReplicas(s.replicas, p.child('replicas')));
  errs.push(...validateNonnegative(s.minReadySeconds, p.child('minReadySeconds')));
  errs.push(...validateWorkloadSelector(s.selector, 'statefulset', p.child('selector')));
  errs.push(...validateTemplateForSelector(s.template, effectiveSelector(s.selector), p.child('template'), true)
    .map((e) => (e.detail === 'activeDeadlineSeconds in ReplicaSet is not Supported'
      ? forbidden(e.field, 'activeDeadlineSeconds in StatefulSet is not Supported') : e)));
  return errs;
}

export function validateStatefulSet(ss: StatefulSet): FieldErrorList {
  const errs = validateObjectMeta(ss.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validateStatefulSetSpec(ss.spec, path('spec')));
  return errs;
}

const MUTABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'] as const;

function frozen(spec: StatefulSetSpec | undefined): string {
  const rest: Record<string, unknown> = { ...spec };
  for (const k of MUTABLE) delete rest[k];
  return canonicalJson(rest);
}

export function validateStatefulSetUpdate(ss: StatefulSet, old: StatefulSet): FieldErrorList {
  const errs = validateObjectMetaUpdate(ss.metadata, old.metadata);
  if (frozen(ss.spec) !== frozen(old.spec)) {
    errs.push(forbidden(path('spec'), "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"));
  }
  errs.push(...validateStatefulSetSpec(ss.spec, path('spec')));
  return errs;
}
