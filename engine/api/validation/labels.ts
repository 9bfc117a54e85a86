// Labels, annotations and label selectors: syntax validation and selector matching.
// Models staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (ValidateLabels,
// ValidateLabelName, ValidateLabelSelector, ValidateLabelSelectorRequirement),
// pkg/api/validation/objectmeta.go → ValidateAnnotations, and metav1.LabelSelectorAsSelector +
// Matches. Go walks maps in random order; keys are visited sorted here so errors are deterministic.
// TODO(apimachinery): switch matching to engine/apimachinery/label-selector.ts once it lands.
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { forbidden, invalid, required, tooLong, type FieldErrorList } from './field-error.ts';
import type { FieldPath } from './field-path.ts';
import { isQualifiedName, isValidLabelValue } from './name-validation.ts';

const sortedEntries = (m: Record<string, string>): Array<[string, string]> =>
  Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function validateLabels(labels: Record<string, string> | undefined, path: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  for (const [k, v] of sortedEntries(labels ?? {})) {
    errs.push(...isQualifiedName(k).map((m) => invalid(path, k, m)));
    errs.push(...isValidLabelValue(String(v)).map((m) => invalid(path, v, m)));
  }
  return errs;
}

/** TotalAnnotationSizeLimitB: 256 KiB over all keys and values. */
const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * (1 << 10);

export function validateAnnotations(annotations: Record<string, string> | undefined, path: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  let size = 0;
  for (const [k, v] of sortedEntries(annotations ?? {})) {
    errs.push(...isQualifiedName(k.toLowerCase()).map((m) => invalid(path, k, m)));
    size += k.length + String(v).length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT_B) errs.push(tooLong(path, '', TOTAL_ANNOTATION_SIZE_LIMIT_B));
  return errs;
}

export function validateLabelSelector(s: LabelSelector | undefined, path: FieldPath): FieldErrorList {
  if (!s) return [];
  const errs = validateLabels(s.matchLabels, path.child('matchLabels'));
  (s.matchExpressions ?? []).forEach((expr, i) => {
    const p = path.child('matchExpressions').index(i);
    const values = expr.values ?? [];
    if (expr.operator === 'In' || expr.operator === 'NotIn') {
      if (values.length === 0) errs.push(required(p.child('values'), "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (expr.operator === 'Exists' || expr.operator === 'DoesNotExist') {
      if (values.length > 0) errs.push(forbidden(p.child('values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      errs.push(invalid(p.child('operator'), expr.operator, 'not a valid selector operator'));
    }
    errs.push(...isQualifiedName(expr.key).map((m) => invalid(p.child('key'), expr.key, m)));
    values.forEach((v, j) => errs.push(...isValidLabelValue(v).map((m) => invalid(p.child('values').index(j), v, m))));
  });
  return errs;
}

export const isEmptySelector = (s: LabelSelector): boolean =>
  Object.keys(s.matchLabels ?? {}).length + (s.matchExpressions?.length ?? 0) === 0;

/** Whether `labels` satisfy the selector (every term must hold). */
export function selectorMatches(s: LabelSelector, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of s.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, e.key);
    const inValues = has && (e.values ?? []).includes(l[e.key] ?? '');
    if (e.operator === 'In' && !inValues) return false;
    if (e.operator === 'NotIn' && inValues) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
