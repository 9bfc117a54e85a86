// Syntax check of a resource.Quantity string, with the three errors ParseQuantity returns.
// A thin adapter over engine/apimachinery/quantity.ts (Quantity.parse): format and suffix errors
// come from there; a numeric part without any digit ("." or "+m") is reported as ErrNumeric here,
// where the shared parser reads it as zero. Exponents the shared parser refuses as too large
// (above 10000) are accepted, as they were before.
import { ERR_FORMAT_WRONG, ERR_NUMERIC, ERR_SUFFIX, Quantity, QuantityParseError } from '../../apimachinery/quantity.ts';

export { ERR_FORMAT_WRONG, ERR_NUMERIC, ERR_SUFFIX };

/** The ParseQuantity error for `str`, or undefined when it parses. */
export function quantityError(str: string): string | undefined {
  try {
    Quantity.parse(str);
  } catch (err) {
    if (!(err instanceof QuantityParseError)) throw err;
    if (err.message !== ERR_NUMERIC) return err.message;
  }
  if (str === '0') return undefined;
  const m = /^[+-]?([0-9]*)(?:\.([0-9]*))?/.exec(str);
  return `${m?.[1] ?? ''}${m?.[2] ?? ''}` === '' ? ERR_NUMERIC : undefined;
}
