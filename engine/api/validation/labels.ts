// Labels, annotations and label selectors: syntax validation and selector matching.
// Models staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (ValidateLabels,
// ValidateLabelName, ValidateLabelSelector, ValidateLabelSelectorRequirement),
// pkg/api/validation/objectmeta.go → ValidateAnnotations, and metav1.LabelSelectorAsSelector +
// Matches. Go walks maps in random order; keys are visited sorted here so errors are deterministic.
// Matching uses engine/apimachinery's requirementMatches; the field-error checks stay here because
// engine/apimachinery/label-selector-validation.ts reports string paths, not FieldErrorList.
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { requirementMatches, type Operator } from '../../apimachinery/label-requirement.ts';
import { forbidden, invalid, required, tooLong, type FieldErrorList } from './field-error.ts';
import type { FieldPath } from './field-path.ts';
import { isQualifiedName, isValidLabelValue } from './name-validation.ts';

const sortedEntries = (m: Record<string, string>): Array<[string, string]> =>
  Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Whether every key and value is valid: the common case, answered without sorting or lists. */
function labelsValid(labels: Record<string, string>): boolean {
  for (const k in labels) if (isQualifiedName(k).length > 0 || isValidLabelValue(String(labels[k])).length > 0) return false;
  return true;
}

export function validateLabels(labels: Record<string, string> | undefined, path: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  if (labels === undefined || labelsValid(labels)) return errs;
  for (const [k, v] of sortedEntries(labels)) {
    errs.push(...isQualifiedName(k).map((m) => invalid(path, k, m)));
    errs.push(...isValidLabelValue(String(v)).map((m) => invalid(path, v, m)));
  }
  return errs;
}

/** TotalAnnotationSizeLimitB: 256 KiB over all keys and values. */
const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * (1 << 10);

export function validateAnnotations(annotations: Record<string, string> | undefined, path: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  if (annotations === undefined) return errs;
  let size = 0;
  let keysValid = true;
  for (const k in annotations) {
    size += k.length + String(annotations[k]).length;
    if (keysValid && isQualifiedName(k.toLowerCase()).length > 0) keysValid = false;
  }
  // Keys are reported in sorted order, so only a map with a bad key is sorted.
  if (!keysValid) for (const [k] of sortedEntries(annotations)) errs.push(...isQualifiedName(k.toLowerCase()).map((m) => invalid(path, k, m)));
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

const OPERATORS: Readonly<Record<string, Operator>> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };

/**
 * Whether `labels` satisfy the selector (every term must hold). Requirements are not validated
 * first (LabelSelectorAsSelector would refuse an invalid one): an unknown operator is skipped.
 */
export function selectorMatches(s: LabelSelector, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) if (!requirementMatches({ key: k, operator: '=', values: [v] }, l)) return false;
  for (const e of s.matchExpressions ?? []) {
    const operator = OPERATORS[e.operator];
    if (operator && !requirementMatches({ key: e.key, operator, values: e.values ?? [] }, l)) return false;
  }
  return true;
}
