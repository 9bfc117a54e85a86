// ObjectMeta validation for create and update: name (or generateName) per the kind's name rule,
// namespace presence, generation, labels, annotations, ownerReferences, finalizers; on update the
// immutable identity fields. Models staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go
// → ValidateObjectMetaAccessor, ValidateObjectMetaAccessorUpdate, ValidateOwnerReferences,
// ValidateFinalizers. resourceVersion/managedFields checks are the store's and are left out.
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { forbidden, immutable, invalid, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { validateAnnotations, validateLabels } from './labels.ts';
import { isQualifiedName, nameIsDNSLabel, type NameValidator } from './name-validation.ts';

export const IS_NEGATIVE_ERROR_MSG = 'must be greater than or equal to 0';

export function validateNonnegative(value: number | undefined, p: FieldPath): FieldErrorList {
  return value !== undefined && value < 0 ? [invalid(p, value, IS_NEGATIVE_ERROR_MSG)] : [];
}

function validateOwnerReferences(meta: ObjectMeta, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  for (const ref of meta.ownerReferences ?? []) {
    const version = ref.apiVersion.includes('/') ? ref.apiVersion.slice(ref.apiVersion.indexOf('/') + 1) : ref.apiVersion;
    if (version === '') errs.push(invalid(p.child('apiVersion'), ref.apiVersion, 'version must not be empty'));
    if (!ref.kind) errs.push(invalid(p.child('kind'), ref.kind ?? '', 'must not be empty'));
    if (!ref.name) errs.push(invalid(p.child('name'), ref.name ?? '', 'must not be empty'));
    if (!ref.uid) errs.push(invalid(p.child('uid'), ref.uid ?? '', 'must not be empty'));
  }
  return errs;
}

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** ValidateFinalizerName plus core's validateKubeFinalizerName (unqualified names must be standard). */
export function validateFinalizerName(f: string, p: FieldPath): FieldErrorList {
  const errs = isQualifiedName(f).map((m) => invalid(p, f, m));
  if (!f.includes('/') && !STANDARD_FINALIZERS.has(f)) errs.push(invalid(p, f, 'name is neither a standard finalizer name nor is it fully qualified'));
  return errs;
}

function validateFinalizers(finalizers: string[] | undefined, p: FieldPath): FieldErrorList {
  return (finalizers ?? []).flatMap((f) => validateFinalizerName(f, p));
}

const META = path('metadata');

export interface MetaRules {
  namespaced: boolean;
  nameFn: NameValidator;
}

/**
 * Appends `more` to `errs`. The validators below run on every write and almost always find
 * nothing, so the valid path allocates no field path and spreads no empty list.
 */
function append(errs: FieldErrorList, more: FieldErrorList): void {
  for (let i = 0; i < more.length; i++) errs.push(more[i]!);
}

export function validateObjectMeta(meta: ObjectMeta | undefined, rules: MetaRules, p: FieldPath = META): FieldErrorList {
  const m = meta ?? {};
  const errs: FieldErrorList = [];
  if (m.generateName) for (const msg of rules.nameFn(m.generateName, true)) errs.push(invalid(p.child('generateName'), m.generateName, msg));
  if (!m.name) errs.push(required(p.child('name'), 'name or generateName is required'));
  else for (const msg of rules.nameFn(m.name, false)) errs.push(invalid(p.child('name'), m.name, msg));
  if (rules.namespaced) {
    if (!m.namespace) errs.push(required(p.child('namespace')));
    else for (const msg of nameIsDNSLabel(m.namespace, false)) errs.push(invalid(p.child('namespace'), m.namespace, msg));
  } else if (m.namespace) {
    errs.push(forbidden(p.child('namespace'), 'not allowed on this type'));
  }
  if (m.generation !== undefined && m.generation < 0) errs.push(invalid(p.child('generation'), m.generation, IS_NEGATIVE_ERROR_MSG));
  if (m.labels !== undefined) append(errs, validateLabels(m.labels, p.child('labels')));
  if (m.annotations !== undefined) append(errs, validateAnnotations(m.annotations, p.child('annotations')));
  if (m.ownerReferences !== undefined) append(errs, validateOwnerReferences(m, p.child('ownerReferences')));
  if (m.finalizers !== undefined) append(errs, validateFinalizers(m.finalizers, p.child('finalizers')));
  return errs;
}

export function validateObjectMetaUpdate(meta: ObjectMeta | undefined, old: ObjectMeta | undefined, p: FieldPath = path('metadata')): FieldErrorList {
  const m = meta ?? {};
  const o = old ?? {};
  const errs: FieldErrorList = [];
  if ((m.generation ?? 0) < (o.generation ?? 0)) errs.push(invalid(p.child('generation'), m.generation ?? 0, 'must not be decremented'));
  if ((m.name ?? '') !== (o.name ?? '')) errs.push(immutable(p.child('name'), m.name ?? ''));
  if ((m.namespace ?? '') !== (o.namespace ?? '')) errs.push(immutable(p.child('namespace'), m.namespace ?? ''));
  if (m.uid && o.uid && m.uid !== o.uid) errs.push(immutable(p.child('uid'), m.uid));
  // Maps the update carries over as stored (status writes do) were validated when written.
  if (m.labels !== o.labels) errs.push(...validateLabels(m.labels, p.child('labels')));
  if (m.annotations !== o.annotations) errs.push(...validateAnnotations(m.annotations, p.child('annotations')));
  if (m.ownerReferences !== o.ownerReferences) errs.push(...validateOwnerReferences(m, p.child('ownerReferences')));
  return errs;
}
