// Quantity helpers for the scheduler, over engine/apimachinery/quantity.ts
// (staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go → ParseQuantity,
// Quantity.MilliValue and Quantity.Value, both rounding up away from zero). Plain numbers are
// taken as already-parsed base units (cores, bytes), as the scheduler's callers pass them.
// Parsed strings are memoized: a cluster's pods repeat a handful of quantities ("100m", "128Mi").
import { Quantity } from '../../apimachinery/quantity.ts';

const parse = (text: string): Quantity => Quantity.parse(text.trim());

/** Bounded so a stream of distinct quantities cannot grow it without limit. */
const MEMO_LIMIT = 4096;
const milliMemo = new Map<string, number>();
const valueMemo = new Map<string, number>();
const toMilli = (q: Quantity): number => q.milliValue();
const toValue = (q: Quantity): number => q.value();

function memoized(memo: Map<string, number>, text: string, compute: (q: Quantity) => number): number {
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  const v = compute(parse(text));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, v);
  return v;
}

/** The quantity as a plain number of base units (cores, bytes); throws on a malformed quantity. */
export function quantityToNumber(text: string | number): number {
  return typeof text === 'number' ? text : parse(text).toNumber();
}

/** Quantity.MilliValue: thousandths, rounded up ("100m" → 100, "1.5" → 1500). */
export function milliValue(text: string | number): number {
  return typeof text === 'number' ? Math.ceil(Math.round(text * 1e9) / 1e6) : memoized(milliMemo, text, toMilli);
}

/** Quantity.Value: whole units, rounded up ("1Ki" → 1024, "0.5" → 1). */
export function value(text: string | number): number {
  return typeof text === 'number' ? Math.ceil(Math.round(text * 1e6) / 1e6) : memoized(valueMemo, text, toValue);
}
