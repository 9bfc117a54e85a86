// Container resource requirements: standard resource names, non-negative quantities, and
// requests ≤ limits (equal for resources that cannot be overcommitted, such as hugepages).
// Models pkg/apis/core/validation/validation.go → ValidateResourceRequirements,
// validateContainerResourceName, ValidateResourceQuantityValue, and helper.IsOvercommitAllowed.
// Quantities print as written (not canonicalised); extended-resource integer checks are left out.
import type { ResourceRequirements } from 'kubernetes-types/core/v1';
import { invalid, required, type FieldErrorList } from './field-error.ts';
import type { FieldPath } from './field-path.ts';
import { compareQuantities, isNegativeQuantity } from './quantity-value.ts';
import { IS_NEGATIVE_ERROR_MSG } from './object-meta.ts';

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
const isOvercommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);

function validateResourceName(name: string, p: FieldPath): FieldErrorList {
  if (!name.includes('/')) {
    return STANDARD_CONTAINER_RESOURCES.has(name) || isHugePages(name) ? [] : [invalid(p, name, 'must be a standard resource for containers')];
  }
  if (!isNative(name) && name.startsWith('requests.')) return [invalid(p, name, "doesn't follow extended resource name standard")];
  return [];
}

function validateQuantity(value: string | number, p: FieldPath): FieldErrorList {
  return isNegativeQuantity(value) ? [invalid(p, String(value), IS_NEGATIVE_ERROR_MSG)] : [];
}

export function validateResourceRequirements(r: ResourceRequirements | undefined, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  const limits: Record<string, string | number> = r?.limits ?? {};
  const requests: Record<string, string | number> = r?.requests ?? {};
  const limPath = p.child('limits');
  const reqPath = p.child('requests');
  for (const [name, q] of Object.entries(limits)) {
    errs.push(...validateResourceName(name, limPath.key(name)), ...validateQuantity(q, limPath.key(name)));
  }
  for (const [name, q] of Object.entries(requests)) {
    errs.push(...validateResourceName(name, reqPath.key(name)), ...validateQuantity(q, reqPath.key(name)));
    const limit = limits[name];
    if (limit !== undefined) {
      const cmp = compareQuantities(q, limit);
      if (cmp !== 0 && !isOvercommitAllowed(name)) errs.push(invalid(reqPath, String(q), `must be equal to ${name} limit of ${String(limit)}`));
      else if (cmp === 1) errs.push(invalid(reqPath, String(q), `must be less than or equal to ${name} limit of ${String(limit)}`));
    } else if (!isOvercommitAllowed(name)) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    }
  }
  return errs;
}
