// resource.Quantity for the policy plugins as plain records (exact bigint nano-units + format):
// parse, add, subtract, compare, canonical String(). Parsing and printing delegate to
// engine/apimachinery/quantity.ts (staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go →
// ParseQuantity, CanonicalizeBytes); the record form keeps the plugins' existing call sites.
import { canonicalizeQuantity } from '../../../apimachinery/quantity-format.ts';
import { Quantity as SharedQuantity } from '../../../apimachinery/quantity.ts';

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';
export interface Quantity { readonly nano: bigint; readonly format: QuantityFormat }

const NANO = 1_000_000_000n;

export const ZERO: Quantity = { nano: 0n, format: 'DecimalSI' };

export function quantityFromInt(value: number, format: QuantityFormat = 'DecimalSI'): Quantity {
  return { nano: BigInt(value) * NANO, format };
}

/** parseQuantity("500m"), parseQuantity("1Gi"), parseQuantity(10); throws QuantityParseError on malformed input. */
export function parseQuantity(input: string | number): Quantity {
  const q = SharedQuantity.parse(String(input).trim());
  return { nano: q.nanos, format: q.format };
}

export function addQuantity(a: Quantity, b: Quantity): Quantity {
  return { nano: a.nano + b.nano, format: a.nano === 0n ? b.format : a.format };
}

export function subtractQuantity(a: Quantity, b: Quantity): Quantity {
  return { nano: a.nano - b.nano, format: a.nano === 0n ? b.format : a.format };
}

export function compareQuantity(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return a.nano < b.nano ? -1 : a.nano > b.nano ? 1 : 0;
}

/** Quantity.MilliValue(): rounded up to a whole milli-unit. */
export function milliValue(q: Quantity): bigint {
  return ceilDiv(q.nano, 1_000_000n);
}

/** Quantity.Value(): rounded up to a whole unit. */
export function unitValue(q: Quantity): bigint {
  return ceilDiv(q.nano, NANO);
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/** The canonical String() form: "1500m", "2", "1Gi", "1500k", "0". */
export function formatQuantity(q: Quantity): string {
  return canonicalizeQuantity(q.nano, q.format);
}
