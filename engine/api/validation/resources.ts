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

function resourceNameError(name: string): string | undefined {
  if (!name.includes('/')) {
    return STANDARD_CONTAINER_RESOURCES.has(name) || isHugePages(name) ? undefined : 'must be a standard resource for containers';
  }
  if (!isNative(name) && name.startsWith('requests.')) return "doesn't follow extended resource name standard";
  return undefined;
}

/** A resource's name and quantity checks; the field path is built only for an error (every pod create runs this). */
function validateEntry(name: string, q: string | number, parent: FieldPath, errs: FieldErrorList): void {
  const nameError = resourceNameError(name);
  if (nameError !== undefined) errs.push(invalid(parent.key(name), name, nameError));
  if (isNegativeQuantity(q)) errs.push(invalid(parent.key(name), String(q), IS_NEGATIVE_ERROR_MSG));
}

export function validateResourceRequirements(r: ResourceRequirements | undefined, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  const limits: Record<string, string | number> = r?.limits ?? {};
  const requests: Record<string, string | number> = r?.requests ?? {};
  const limPath = p.child('limits');
  const reqPath = p.child('requests');
  for (const name in limits) validateEntry(name, limits[name]!, limPath, errs);
  for (const name in requests) {
    const q = requests[name]!;
    validateEntry(name, q, reqPath, errs);
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
