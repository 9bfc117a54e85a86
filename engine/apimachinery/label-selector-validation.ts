// Validation of a metav1.LabelSelector and of a label map, as the API server runs it on
// Deployments, ReplicaSets, Services' pod selectors, PDBs and so on. Models
// staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go →
// ValidateLabelSelector, ValidateLabelSelectorRequirement, ValidateLabelName, ValidateLabels (with
// selector values checked, i.e. AllowInvalidLabelValueInSelector=false). Map keys are visited in
// sorted order (Go iterates maps randomly). Errors are shaped like the API's FieldCause.
import { forbiddenValue, invalidValue, requiredValue } from './field-error.ts';
import type { LabelSelectorSpec } from './label-selector.ts';
import { isQualifiedName, isValidLabelValue } from './name-validation.ts';

export type FieldErrorType = 'FieldValueInvalid' | 'FieldValueRequired' | 'FieldValueForbidden';

/** One field error: type (StatusCause reason), field path, and the full `field: body` text. */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  message: string;
}

const invalid = (field: string, value: string, detail: string): FieldError =>
  ({ type: 'FieldValueInvalid', field, message: invalidValue(field, value, detail) });

export function validateLabelName(name: string, path: string): FieldError[] {
  return isQualifiedName(name).map((msg) => invalid(path, name, msg));
}

export function validateLabels(labels: Readonly<Record<string, string>> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const key of Object.keys(labels ?? {}).sort()) {
    errs.push(...validateLabelName(key, path));
    for (const msg of isValidLabelValue(labels?.[key] ?? '')) errs.push(invalid(path, labels?.[key] ?? '', msg));
  }
  return errs;
}

export function validateLabelSelector(spec: LabelSelectorSpec | null | undefined, path: string): FieldError[] {
  if (!spec) return [];
  const errs = validateLabels(spec.matchLabels, `${path}.matchLabels`);
  (spec.matchExpressions ?? []).forEach((expr, i) => {
    const at = `${path}.matchExpressions[${i}]`;
    const values = expr.values ?? [];
    if (expr.operator === 'In' || expr.operator === 'NotIn') {
      if (values.length === 0) {
        errs.push({ type: 'FieldValueRequired', field: `${at}.values`,
          message: requiredValue(`${at}.values`, "must be specified when `operator` is 'In' or 'NotIn'") });
      }
    } else if (expr.operator === 'Exists' || expr.operator === 'DoesNotExist') {
      if (values.length > 0) {
        errs.push({ type: 'FieldValueForbidden', field: `${at}.values`,
          message: forbiddenValue(`${at}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'") });
      }
    } else {
      errs.push(invalid(`${at}.operator`, expr.operator, 'not a valid selector operator'));
    }
    errs.push(...validateLabelName(expr.key, `${at}.key`));
    values.forEach((v, j) => {
      for (const msg of isValidLabelValue(v)) errs.push(invalid(`${at}.values[${j}]`, v, msg));
    });
  });
  return errs;
}
