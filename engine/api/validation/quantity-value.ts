// Exact comparison of resource quantities, for `requests <= limits` style checks: a quantity is
// turned into an exact decimal (BigInt mantissa × 10^exponent, binary suffixes expanded).
// Models resource.Quantity.Cmp (staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go).
// The canonical String() form is left out: errors print the quantity as written.
// TODO(apimachinery): switch to engine/apimachinery/quantity.ts parseQuantity/compare once it lands.
import { quantityError } from './quantity-syntax.ts';

interface Decimal { mantissa: bigint; exponent: number }

const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

/** The exact value of a valid quantity, or undefined when it does not parse. */
export function quantityValue(text: string | number): Decimal | undefined {
  const s = String(text).trim();
  if (quantityError(s) !== undefined) return undefined;
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/.exec(s);
  if (!m) return undefined;
  const [, sign = '', int = '', frac = '', suffix = ''] = m;
  let mantissa = BigInt(`${int}${frac}` || '0') * (sign === '-' ? -1n : 1n);
  let exponent = -frac.length;
  if (suffix in BINARY) mantissa *= 2n ** BigInt(BINARY[suffix] ?? 0);
  else if (suffix in DECIMAL) exponent += DECIMAL[suffix] ?? 0;
  else exponent += Number(suffix.slice(1));
  return { mantissa, exponent };
}

/** -1, 0 or 1 as a < b, a == b, a > b; undefined if either does not parse. */
export function compareQuantities(a: string | number, b: string | number): -1 | 0 | 1 | undefined {
  const x = quantityValue(a);
  const y = quantityValue(b);
  if (!x || !y) return undefined;
  const e = Math.min(x.exponent, y.exponent);
  const xs = x.mantissa * 10n ** BigInt(x.exponent - e);
  const ys = y.mantissa * 10n ** BigInt(y.exponent - e);
  return xs < ys ? -1 : xs > ys ? 1 : 0;
}

export const isNegativeQuantity = (q: string | number): boolean => (quantityValue(q)?.mantissa ?? 0n) < 0n;
