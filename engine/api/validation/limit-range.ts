// LimitRange validation: item types standard (Container, Pod, PersistentVolumeClaim) and unique,
// resource names per type, no default/defaultRequest for Pod items, and the ordering
// min ≤ defaultRequest ≤ default ≤ max, ratio ≥ 1. Models pkg/apis/core/validation/validation.go →
// ValidateLimitRange (messages as upstream; quantities print as written; the max/min ratio bound
// check is left out). Unknown fields (the seeds' `defaulyRequest`) fail earlier, in strict decoding.
import type { LimitRange, LimitRangeItem } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, goValue, invalid, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { isQualifiedName, nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta } from './object-meta.ts';
import { compareQuantities } from './quantity-value.ts';

const STANDARD_TYPES = ['Container', 'Pod', 'PersistentVolumeClaim'];
const CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

type Quantities = Record<string, string | number>;
const q = (v: string | number): ReturnType<typeof goValue> => goValue(String(v));

function validateResourceName(type: string, name: string, p: FieldPath): FieldErrorList {
  const errs = isQualifiedName(name).map((m) => invalid(p, name, m));
  if ((type === 'Pod' || type === 'Container') && !name.includes('/') && !CONTAINER_RESOURCES.has(name) && !name.startsWith('hugepages-')) {
    errs.push(invalid(p, name, 'must be a standard resource for containers'));
  }
  return errs;
}

function validateOrdering(item: LimitRangeItem, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  const min: Quantities = item.min ?? {};
  const max: Quantities = item.max ?? {};
  const def: Quantities = item.default ?? {};
  const defReq: Quantities = item.defaultRequest ?? {};
  const ratio: Quantities = item.maxLimitRequestRatio ?? {};
  const keys = [...new Set([...Object.keys(min), ...Object.keys(max), ...Object.keys(def), ...Object.keys(defReq), ...Object.keys(ratio)])].sort();
  const gt = (a: string | number | undefined, b: string | number | undefined): boolean => a !== undefined && b !== undefined && compareQuantities(a, b) === 1;
  for (const k of keys) {
    const [mn, mx, d, dr, r] = [min[k], max[k], def[k], defReq[k], ratio[k]];
    if (gt(mn, mx)) errs.push(invalid(p.child('min').key(k), q(mn ?? ''), `min value ${String(mn)} is greater than max value ${String(mx)}`));
    if (gt(mn, dr)) errs.push(invalid(p.child('defaultRequest').key(k), q(dr ?? ''), `min value ${String(mn)} is greater than default request value ${String(dr)}`));
    if (gt(dr, mx)) errs.push(invalid(p.child('defaultRequest').key(k), q(dr ?? ''), `default request value ${String(dr)} is greater than max value ${String(mx)}`));
    if (gt(dr, d)) errs.push(invalid(p.child('defaultRequest').key(k), q(dr ?? ''), `default request value ${String(dr)} is greater than default limit value ${String(d)}`));
    if (gt(mn, d)) errs.push(invalid(p.child('default').key(k), q(mn ?? ''), `min value ${String(mn)} is greater than default value ${String(d)}`));
    if (gt(d, mx)) errs.push(invalid(p.child('default').key(k), q(mx ?? ''), `default value ${String(d)} is greater than max value ${String(mx)}`));
    if (r !== undefined && compareQuantities(r, 1) === -1) errs.push(invalid(p.child('maxLimitRequestRatio').key(k), q(r), `ratio ${String(r)} is less than 1`));
  }
  return errs;
}

export function validateLimitRange(lr: LimitRange): FieldErrorList {
  const errs = validateObjectMeta(lr.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  const types = new Set<string>();
  (lr.spec?.limits ?? []).forEach((item, i) => {
    const p = path('spec', 'limits').index(i);
    const type = item.type ?? '';
    errs.push(...isQualifiedName(type).map((m) => invalid(p.child('type'), type, m)));
    if (!type.includes('/') && !STANDARD_TYPES.includes(type)) errs.push(invalid(p.child('type'), type, 'must be a standard limit type or fully qualified'));
    if (types.has(type)) errs.push(duplicate(p.child('type'), type));
    types.add(type);
    for (const field of ['max', 'min'] as const) for (const k of Object.keys(item[field] ?? {}).sort()) errs.push(...validateResourceName(type, k, p.child(field).key(k)));
    if (type === 'Pod') {
      if (Object.keys(item.default ?? {}).length > 0) errs.push(forbidden(p.child('default'), "may not be specified when `type` is 'Pod'"));
      if (Object.keys(item.defaultRequest ?? {}).length > 0) errs.push(forbidden(p.child('defaultRequest'), "may not be specified when `type` is 'Pod'"));
    } else {
      for (const field of ['default', 'defaultRequest'] as const) for (const k of Object.keys(item[field] ?? {}).sort()) errs.push(...validateResourceName(type, k, p.child(field).key(k)));
    }
    if (type === 'PersistentVolumeClaim' && item.min?.storage === undefined && item.max?.storage === undefined) {
      errs.push(required(p.child('limits'), 'either minimum or maximum storage value is required, but neither was provided'));
    }
    errs.push(...validateOrdering(item, p));
  });
  return errs;
}
