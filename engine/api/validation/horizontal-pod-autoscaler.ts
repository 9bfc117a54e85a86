// HorizontalPodAutoscaler validation: minReplicas ≥ 1 (HPAScaleToZero is alpha and off),
// maxReplicas > 0 and ≥ minReplicas, scaleTargetRef kind and name present and usable as path
// segments. Models pkg/apis/autoscaling/validation/validation.go → ValidateHorizontalPodAutoscaler,
// validateHorizontalPodAutoscalerSpec, ValidateCrossVersionObjectReference (path segment rules of
// apimachinery/pkg/api/validation/path). Metric and behavior checks are left out.
import type { CrossVersionObjectReference, HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import { invalid, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';

/** pathvalidation.IsValidPathSegmentName. */
function pathSegmentErrors(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  const errs: string[] = [];
  for (const illegal of ['/', '%']) if (name.includes(illegal)) errs.push(`may not contain '${illegal}'`);
  return errs;
}

function validateRef(ref: Partial<CrossVersionObjectReference> | undefined, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  for (const f of ['kind', 'name'] as const) {
    const v = ref?.[f] ?? '';
    if (!v) errs.push(required(p.child(f)));
    else errs.push(...pathSegmentErrors(v).map((m) => invalid(p.child(f), v, m)));
  }
  return errs;
}

function validateSpec(hpa: HorizontalPodAutoscaler): FieldErrorList {
  const spec = hpa.spec;
  const p = path('spec');
  const errs: FieldErrorList = [];
  const min = spec?.minReplicas;
  const max = spec?.maxReplicas ?? 0;
  if (min !== undefined && min < 1) errs.push(invalid(p.child('minReplicas'), min, 'must be greater than or equal to 1'));
  if (max < 1) errs.push(invalid(p.child('maxReplicas'), max, 'must be greater than 0'));
  if (min !== undefined && max < min) errs.push(invalid(p.child('maxReplicas'), max, 'must be greater than or equal to `minReplicas`'));
  errs.push(...validateRef(spec?.scaleTargetRef, p.child('scaleTargetRef')));
  return errs;
}

export function validateHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler): FieldErrorList {
  return [...validateObjectMeta(hpa.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain }), ...validateSpec(hpa)];
}

export function validateHorizontalPodAutoscalerUpdate(hpa: HorizontalPodAutoscaler, old: HorizontalPodAutoscaler): FieldErrorList {
  return [...validateObjectMetaUpdate(hpa.metadata, old.metadata), ...validateSpec(hpa)];
}
