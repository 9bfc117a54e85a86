// Minimal resource.Quantity for the policy plugins: parse, add, subtract, compare, canonical String().
// Models staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity, Add, Sub, Cmp,
// CanonicalizeBytes). Values are exact bigint nano-units; DecimalExponent prints like DecimalSI.
// TODO(apimachinery): replace with engine/apimachinery/quantity.ts once it lands on main.

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';
export interface Quantity { readonly nano: bigint; readonly format: QuantityFormat }

const NANO = 1_000_000_000n;
const DECIMAL_EXPONENTS: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_POWERS: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;

export const ZERO: Quantity = { nano: 0n, format: 'DecimalSI' };

export function quantityFromInt(value: number, format: QuantityFormat = 'DecimalSI'): Quantity {
  return { nano: BigInt(value) * NANO, format };
}

/** parseQuantity("500m"), parseQuantity("1Gi"), parseQuantity(10); throws on malformed input. */
export function parseQuantity(input: string | number): Quantity {
  const text = String(input).trim();
  const m = PATTERN.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  const sign = m[1] === '-' ? -1n : 1n;
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const scale = (m[3] ?? '').length;
  let mantissa = BigInt(digits === '' ? '0' : digits);
  const suffix = m[4];
  const exponent = m[5];
  let format: QuantityFormat = 'DecimalSI';
  // value = mantissa * 10^-scale * multiplier; carried in nano units (rounded up, as Kubernetes does).
  let num = mantissa * NANO;
  let den = 10n ** BigInt(scale);
  if (suffix !== undefined && suffix in BINARY_POWERS) {
    format = 'BinarySI';
    num *= 1024n ** BigInt(BINARY_POWERS[suffix] ?? 0);
  } else {
    let exp = suffix !== undefined ? (DECIMAL_EXPONENTS[suffix] ?? 0) : 0;
    if (exponent !== undefined) { format = 'DecimalExponent'; exp = Number(exponent); }
    if (exp >= 0) num *= 10n ** BigInt(exp); else den *= 10n ** BigInt(-exp);
  }
  mantissa = (num + den - 1n) / den;
  return { nano: sign * mantissa, format };
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
  if (q.nano === 0n) return '0';
  const negative = q.nano < 0n;
  const abs = negative ? -q.nano : q.nano;
  const sign = negative ? '-' : '';
  // BinarySI only for whole numbers of at least 1024 (CanonicalizeBytes); otherwise DecimalSI.
  if (q.format === 'BinarySI' && abs % NANO === 0n && abs >= 1024n * NANO) {
    let value = abs / NANO;
    let power = 0;
    while (power < 6 && value % 1024n === 0n) { value /= 1024n; power += 1; }
    const suffix = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][power] ?? '';
    return `${sign}${value}${suffix}`;
  }
  // DecimalSI: the largest exponent (a multiple of 3, -9..18) that keeps the mantissa whole.
  // Worked example: 1.5 cpu = 1_500_000_000n nano -> exponent -3, mantissa 1500 -> "1500m".
  let mantissa = abs;
  let exp = -9;
  while (exp < 18 && mantissa % 1000n === 0n) { mantissa /= 1000n; exp += 3; }
  const suffix = Object.entries(DECIMAL_EXPONENTS).find(([, e]) => e === exp)?.[0] ?? '';
  return `${sign}${mantissa}${suffix}`;
}
