// Parsing of resource.Quantity strings ("500m", "1.5Gi", "1e3", "-2E").
// Models staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go → ParseQuantity and
// parseQuantityString, and suffix.go → suffixHandler.interpret. Values are exact: a BigInt count
// of nano units (10^-9), rounded up away from zero exactly as ParseQuantity rounds to Nano.
// Left out: the int64Amount/inf.Dec split (one exact representation instead). Known limitation:
// positive exponents above 10000 are rejected with ErrNumeric (Go accepts up to MaxInt32).
import type { QuantityFormat } from './quantity-format.ts';

const SPLIT_RE = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
export const ERR_FORMAT_WRONG = `quantities must match the regular expression '${SPLIT_RE}'`;
export const ERR_NUMERIC = 'unable to parse numeric part of quantity';
export const ERR_SUFFIX = "unable to parse quantity's suffix";

export class QuantityParseError extends Error {
  override readonly name = 'QuantityParseError';
}

export interface ParsedQuantity {
  nanos: bigint;
  format: QuantityFormat;
  /** The input string, when ParseQuantity keeps it as the already-canonical String() value. */
  cached: string | undefined;
}

interface Suffix { base: 2 | 10; exponent: number; format: QuantityFormat }

const SUFFIXES: Readonly<Record<string, Suffix>> = {
  '': { base: 10, exponent: 0, format: 'DecimalSI' },
  n: { base: 10, exponent: -9, format: 'DecimalSI' },
  u: { base: 10, exponent: -6, format: 'DecimalSI' },
  m: { base: 10, exponent: -3, format: 'DecimalSI' },
  k: { base: 10, exponent: 3, format: 'DecimalSI' },
  M: { base: 10, exponent: 6, format: 'DecimalSI' },
  G: { base: 10, exponent: 9, format: 'DecimalSI' },
  T: { base: 10, exponent: 12, format: 'DecimalSI' },
  P: { base: 10, exponent: 15, format: 'DecimalSI' },
  E: { base: 10, exponent: 18, format: 'DecimalSI' },
  Ki: { base: 2, exponent: 10, format: 'BinarySI' },
  Mi: { base: 2, exponent: 20, format: 'BinarySI' },
  Gi: { base: 2, exponent: 30, format: 'BinarySI' },
  Ti: { base: 2, exponent: 40, format: 'BinarySI' },
  Pi: { base: 2, exponent: 50, format: 'BinarySI' },
  Ei: { base: 2, exponent: 60, format: 'BinarySI' },
};

const MAX_INT32 = 2147483647;
const MAX_INT64 = (1n << 63n) - 1n;
const NANO = 1_000_000_000n;
const MAX_POSITIVE_EXPONENT = 10000;

// The same split parseQuantityString makes: sign, leading zeros, integer digits, optional
// fraction, then suffix letters, an optional sign and digits. Anything else is ErrFormatWrong.
const SCAN_RE = /^([+-]?)0*([0-9]*)(?:\.([0-9]*))?([eEinumkKMGTP]*[-+]?[0-9]*)$/;

/** suffix.go → interpret: table suffixes, then "e<int>"/"E<int>" within int32. */
function interpretSuffix(s: string): Suffix | undefined {
  const known = SUFFIXES[s];
  if (known) return known;
  if (s.length > 1 && (s[0] === 'e' || s[0] === 'E') && /^[+-]?[0-9]+$/.test(s.slice(1))) {
    const exponent = Number(s.slice(1));
    if (Math.abs(exponent) <= MAX_INT32) return { base: 10, exponent, format: 'DecimalExponent' };
  }
  return undefined;
}

export function parseQuantityString(str: string): ParsedQuantity {
  if (str.length === 0) throw new QuantityParseError(ERR_FORMAT_WRONG);
  if (str === '0') return { nanos: 0n, format: 'DecimalSI', cached: '0' };
  const m = SCAN_RE.exec(str);
  if (!m) throw new QuantityParseError(ERR_FORMAT_WRONG);
  const [, sign = '', intDigits = '', denom = '', suffixText = ''] = m;
  const num = intDigits === '' ? '0' : intDigits;
  const suffix = interpretSuffix(suffixText);
  if (!suffix) throw new QuantityParseError(ERR_SUFFIX);
  if (suffix.base === 10 && suffix.exponent > MAX_POSITIVE_EXPONENT) throw new QuantityParseError(ERR_NUMERIC);
  const negative = sign === '-';
  const digits = BigInt(num + denom);
  let magnitude = suffix.base === 10
    ? scaleToNanos(digits, 9 + suffix.exponent - denom.length)
    : scaleToNanos(digits * (1n << BigInt(suffix.exponent)), 9 - denom.length);
  let format = suffix.format;
  if (format === 'BinarySI') {
    // ParseQuantity caps BinarySI at 2^63-1 and shows 0 < |x| < 1 as DecimalSI.
    if (magnitude > MAX_INT64 * NANO) magnitude = MAX_INT64 * NANO;
    if (magnitude > 0n && magnitude < NANO) format = 'DecimalSI';
  }
  const nanos = negative ? -magnitude : magnitude;
  return { nanos, format, cached: keepsInputString(str, num, denom, suffix, digits) ? str : undefined };
}

/** digits × 10^shift, rounded up (away from zero) to a whole number of nanos. */
function scaleToNanos(digits: bigint, shift: number): bigint {
  if (shift >= 0) return digits * 10n ** BigInt(shift);
  if (digits === 0n) return 0n;
  if (-shift > digits.toString().length + 1) return 1n;
  const div = 10n ** BigInt(-shift);
  const q = digits / div;
  return digits % div === 0n ? q : q + 1n;
}

// ParseQuantity's int64 fast path reuses the input as the String() value when it is already
// canonical: decimal with scale%3 == 0, no trailing "000" and no leading '0' in the shifted
// digits; binary when the value is not a multiple of 8. A sign or leading zeros in the input
// survive this way, as upstream ("+1" prints "+1", "01" prints "01").
function keepsInputString(str: string, num: string, denom: string, suffix: Suffix, digits: bigint): boolean {
  if (str.length === 0) return false;
  const shifted = num + denom;
  if (suffix.base === 10) {
    const precision = 18 - shifted.length;
    const scale = suffix.exponent - denom.length;
    if (precision < 0 || scale < -9) return false;
    return scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
  }
  if (denom.length > 0) return false;
  // float32(exponent)*3/10 truncated, as in ParseQuantity's precision estimate.
  const precision = 15 - num.length - Math.trunc((suffix.exponent * 3) / 10) - 1;
  if (precision < 0) return false;
  if (digits * (1n << BigInt(suffix.exponent)) > MAX_INT64) return false;
  return (digits & 7n) !== 0n;
}
