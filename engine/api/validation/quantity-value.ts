// Quantity comparisons for `requests <= limits` style checks, over manifest values that may be
// strings or bare numbers. A thin adapter over engine/apimachinery/quantity.ts (Quantity.Cmp,
// exact nano-unit values as ParseQuantity rounds them); a value quantityError rejects is treated
// as unparseable. Errors print the quantity as written, not in canonical form.
import { Quantity, tryParseQuantity } from '../../apimachinery/quantity.ts';
import { quantityError } from './quantity-syntax.ts';

/** The parsed quantity, or undefined when it does not parse. */
function quantityOf(text: string | number): Quantity | undefined {
  const s = String(text).trim();
  return quantityError(s) === undefined ? tryParseQuantity(s) : undefined;
}

/** -1, 0 or 1 as a < b, a == b, a > b; undefined if either does not parse. */
export function compareQuantities(a: string | number, b: string | number): -1 | 0 | 1 | undefined {
  const x = quantityOf(a);
  const y = quantityOf(b);
  return x && y ? x.cmp(y) : undefined;
}

export const isNegativeQuantity = (q: string | number): boolean => quantityOf(q)?.sign() === -1;

/** Whether the quantity is a whole number; an unparseable one counts as whole (reported elsewhere). */
export function isWholeQuantity(q: string | number): boolean {
  const v = quantityOf(q);
  return v === undefined || v.nanos % 1_000_000_000n === 0n;
}
