// Defaulting of a stored LimitRange item of type Container: default (limit) <- max, then
// defaultRequest <- default, then defaultRequest <- min, never overriding what is set.
// Models pkg/apis/core/v1/defaults.go (SetDefaults_LimitRangeItem). Other types are left alone.
// Registered by the integrator in engine/api/defaults/index.ts for `limitranges`.
import type { LimitRange, LimitRangeItem } from 'kubernetes-types/core/v1.js';

type List = Record<string, string>;

export function defaultLimitRange(lr: LimitRange): LimitRange {
  const limits = lr.spec?.limits;
  if (!limits) return lr;
  return { ...lr, spec: { ...lr.spec, limits: limits.map(defaultLimitRangeItem) } };
}

export function defaultLimitRangeItem(item: LimitRangeItem): LimitRangeItem {
  if (item.type !== 'Container') return item;
  const def: List = fillMissing({ ...(item.default ?? {}) }, item.max);
  const defaultRequest: List = fillMissing(fillMissing({ ...(item.defaultRequest ?? {}) }, def), item.min);
  return { ...item, default: def, defaultRequest };
}

function fillMissing(target: List, source: List | undefined): List {
  for (const [name, value] of Object.entries(source ?? {})) if (!(name in target)) target[name] = value;
  return target;
}
