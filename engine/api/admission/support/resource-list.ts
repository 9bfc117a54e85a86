// ResourceList arithmetic used by quota admission and the quota controller.
// Models staging/src/k8s.io/apiserver/pkg/quota/v1/resources.go (Add, SubtractWithNonNegativeResult,
// Mask, RemoveZeros, LessThanOrEqual, IsNegative) and controller.go prettyPrint.
// Usage maps hold parsed quantities; `toResourceList` turns them back into canonical strings.
import { addQuantity, compareQuantity, formatQuantity, parseQuantity, subtractQuantity, ZERO } from './quantity.ts';
import type { Quantity } from './quantity.ts';

export type Usage = Record<string, Quantity>;
export type ResourceList = Record<string, string | number>;

export function parseResourceList(list: ResourceList | undefined): Usage {
  const out: Usage = {};
  for (const [name, value] of Object.entries(list ?? {})) out[name] = parseQuantity(value);
  return out;
}

export function toResourceList(usage: Usage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(usage).sort()) out[name] = formatQuantity(usage[name] ?? ZERO);
  return out;
}

export function addUsage(a: Usage, b: Usage): Usage {
  const out: Usage = { ...a };
  for (const [name, q] of Object.entries(b)) out[name] = addQuantity(out[name] ?? ZERO, q);
  return out;
}

/** a - b per resource, floored at zero; resources only in b are dropped. */
export function subtractNonNegative(a: Usage, b: Usage): Usage {
  const out: Usage = {};
  for (const [name, q] of Object.entries(a)) {
    const other = b[name];
    const diff = other ? subtractQuantity(q, other) : q;
    out[name] = diff.nano < 0n ? { nano: 0n, format: diff.format } : diff;
  }
  return out;
}

export function maskUsage(usage: Usage, names: Iterable<string>): Usage {
  const out: Usage = {};
  for (const name of names) { const q = usage[name]; if (q) out[name] = q; }
  return out;
}

export function removeZeros(usage: Usage): Usage {
  return Object.fromEntries(Object.entries(usage).filter(([, q]) => q.nano !== 0n));
}

export function negativeResources(usage: Usage): string[] {
  return Object.keys(usage).filter((name) => (usage[name]?.nano ?? 0n) < 0n).sort();
}

/** Names (sorted) whose value in `usage` exceeds `limit`; names absent from `limit` never exceed. */
export function exceededResources(usage: Usage, limit: Usage): string[] {
  return Object.keys(usage).filter((name) => {
    const hard = limit[name];
    const used = usage[name];
    return hard !== undefined && used !== undefined && compareQuantity(used, hard) > 0;
  }).sort();
}

export function usageEquals(a: Usage, b: Usage): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = a[k]; const y = b[k];
    if (!x || !y || x.nano !== y.nano) return false;
  }
  return true;
}

/** `name=quantity` pairs sorted by name, comma-joined (controller.go prettyPrint). */
export function prettyPrint(usage: Usage): string {
  return Object.keys(usage).sort().map((name) => `${name}=${formatQuantity(usage[name] ?? ZERO)}`).join(',');
}

/** Resource names sorted and comma-joined (controller.go prettyPrintResourceNames). */
export function prettyPrintResourceNames(names: Iterable<string>): string {
  return [...names].sort().join(',');
}
