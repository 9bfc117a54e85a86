// The checks every replicated workload shares: non-negative replicas/minReadySeconds, a required
// non-empty selector that must be valid, percent-or-int fields, and the immutable selector.
// Models pkg/apis/apps/validation/validation.go → ValidateDeploymentSpec's selector part,
// ValidatePositiveIntOrPercent, IsNotMoreThan100Percent, and the strategies' ValidateUpdate
// (pkg/registry/apps/*/strategy.go: the selector is immutable in apps/v1).
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { canonicalJson } from './canonical-json.ts';
import { immutable, invalid, required, type FieldErrorList } from './field-error.ts';
import type { FieldPath } from './field-path.ts';
import { goIntOrString, goLabelSelector } from './go-render.ts';
import { isEmptySelector, validateLabelSelector } from './labels.ts';
import { regexError } from './name-validation.ts';
import { validateNonnegative } from './object-meta.ts';

/** Selector required, valid and non-empty (`empty selector is invalid for <kind>`). */
export function validateWorkloadSelector(selector: LabelSelector | undefined, kindWord: string, p: FieldPath): FieldErrorList {
  if (!selector) return [required(p)];
  const errs = validateLabelSelector(selector, p);
  if (isEmptySelector(selector)) errs.push(invalid(p, goLabelSelector(selector), `empty selector is invalid for ${kindWord}`));
  return errs;
}

/** The selector used for the template check: a missing selector matches nothing (labels.Nothing()). */
export const effectiveSelector = (selector: LabelSelector | undefined): LabelSelector =>
  selector ?? { matchExpressions: [{ key: '', operator: 'In', values: [] }] };

export const validateReplicas = (replicas: number | undefined, p: FieldPath): FieldErrorList => validateNonnegative(replicas, p);

const PERCENT = /^[0-9]+%$/;

/** The number an int-or-percent stands for (percent without the sign), as getIntOrPercentValue. */
export function intOrPercentValue(v: number | string | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && PERCENT.test(v)) return Number.parseInt(v, 10);
  return 0;
}

export function validatePositiveIntOrPercent(v: number | string | undefined, p: FieldPath): FieldErrorList {
  if (v === undefined) return [];
  if (typeof v === 'string') {
    return PERCENT.test(v) ? [] : [invalid(p, goIntOrString(v), regexError("a valid percent string must be a numeric string followed by an ending '%'", '[0-9]+%', '1%', '93%'))];
  }
  return validateNonnegative(v, p);
}

export function isNotMoreThan100Percent(v: number | string | undefined, p: FieldPath): FieldErrorList {
  if (typeof v !== 'string' || !PERCENT.test(v) || intOrPercentValue(v) <= 100) return [];
  return [invalid(p, goIntOrString(v), 'must not be greater than 100%')];
}

export function validateImmutableSelector(next: LabelSelector | undefined, old: LabelSelector | undefined, p: FieldPath): FieldErrorList {
  return canonicalJson(next) === canonicalJson(old) ? [] : [immutable(p, goLabelSelector(next))];
}
