// IntOrString scaling: maxSurge / maxUnavailable / minAvailable given as an int or "N%".
// Models staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr.go →
// GetScaledValueFromIntOrPercent and getIntOrPercentValueSafely, with their error texts
// (strconv.Atoi's NumError text included). Percentages use float64 math like Go (JS numbers are
// float64, so ceil/floor agree bit for bit). Left out: the legacy GetValueFromIntOrPercent.
import { goQuote } from './go-quote.ts';

export type IntOrString = number | string;

export class IntOrStringError extends Error {
  override readonly name = 'IntOrStringError';
}

const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

/**
 * An int is used as is; "N%" is N·total/100 rounded up (roundUp) or down.
 * Worked example: maxSurge "25%" of 10 replicas → ceil(2.5) = 3; maxUnavailable "25%" → floor(2.5) = 2.
 */
export function getScaledValueFromIntOrPercent(
  intOrPercent: IntOrString | null | undefined,
  total: number,
  roundUp: boolean,
): number {
  if (intOrPercent === null || intOrPercent === undefined) throw new IntOrStringError('nil value for IntOrString');
  const [value, isPercent] = intOrPercentValue(intOrPercent);
  if (!isPercent) return value;
  const scaled = (value * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/** getIntOrPercentValueSafely, errors wrapped as GetScaledValueFromIntOrPercent wraps them. */
function intOrPercentValue(v: IntOrString): [number, boolean] {
  if (typeof v === 'number') return [v, false];
  if (!v.endsWith('%')) throw new IntOrStringError('invalid value for IntOrString: invalid type: string is not a percentage');
  const digits = v.slice(0, -1);
  const atoi = goAtoi(digits);
  if (typeof atoi === 'string') throw new IntOrStringError(`invalid value for IntOrString: invalid value ${goQuote(v)}: ${atoi}`);
  return [atoi, true];
}

/** strconv.Atoi: the number, or the NumError text. */
export function goAtoi(s: string): number | string {
  if (!/^[+-]?[0-9]+$/.test(s)) return `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`;
  const n = BigInt(s);
  if (n < MIN_INT64 || n > MAX_INT64) return `strconv.Atoi: parsing ${goQuote(s)}: value out of range`;
  return Number(n);
}

/** IntOrString.String(): the int in decimal or the string itself. */
export function intOrStringToString(v: IntOrString): string {
  return typeof v === 'number' ? String(v) : v;
}
