// LimitRange stored defaults (reference §4.3), for items of type Container only: missing default
// (limit) ← max; missing defaultRequest ← default; still missing defaultRequest ← min.
// Models pkg/apis/core/v1/defaults.go → SetDefaults_LimitRangeItem. Empty maps stay unset (Go
// omits them when serialising). Milli-rounding of quantities (SetDefaults_ResourceList) is left out.
import type { LimitRange, LimitRangeItem } from 'kubernetes-types/core/v1';

function fill(target: Record<string, string>, from: Record<string, string> | undefined): void {
  for (const [name, value] of Object.entries(from ?? {})) if (!(name in target)) target[name] = value;
}

export function defaultLimitRangeItem(item: LimitRangeItem): void {
  if (item.type !== 'Container') return;
  const def: Record<string, string> = { ...item.default };
  const defReq: Record<string, string> = { ...item.defaultRequest };
  fill(def, item.max);
  fill(defReq, def);
  fill(defReq, item.min);
  if (Object.keys(def).length > 0) item.default = def;
  if (Object.keys(defReq).length > 0) item.defaultRequest = defReq;
}

export function defaultLimitRange(lr: LimitRange): void {
  for (const item of lr.spec?.limits ?? []) defaultLimitRangeItem(item);
}
