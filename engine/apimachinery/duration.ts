// Go's time.Duration text: ParseDuration ("1h30m", "1.5s", "-300ms") and Duration.String()
// ("1h30m0s", "1m30s", "1.5ms", "0s"). Models src/time/format.go → ParseDuration, leadingInt,
// leadingFraction and time.go → Duration.String / fmtFrac / fmtInt in the Go standard library,
// with the same error texts. Nanoseconds are bigint; *Ms helpers convert for the virtual clock
// (sub-millisecond parts are truncated toward zero).

export const NANOSECOND = 1n;
export const MICROSECOND = 1000n;
export const MILLISECOND = 1_000_000n;
export const SECOND = 1_000_000_000n;
export const MINUTE = 60n * SECOND;
export const HOUR = 60n * MINUTE;

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', NANOSECOND], ['us', MICROSECOND], ['\u00b5s', MICROSECOND], ['\u03bcs', MICROSECOND],
  ['ms', MILLISECOND], ['s', SECOND], ['m', MINUTE], ['h', HOUR],
]);
const MAX = 1n << 63n;

export class DurationError extends Error {
  override readonly name = 'DurationError';
}

/**
 * time/format.go → quote, not strconv.Quote: `"` and `\` backslashed, and every UTF-8 byte of a
 * rune below U+0020 or above U+007F written as \xNN (`"1µs!"` → `"1\xc2\xb5s!"`).
 */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c >= 0x80) {
      for (const byte of Buffer.from(ch, 'utf8')) out += `\\x${byte.toString(16).padStart(2, '0')}`;
    } else {
      out += c === 0x22 || c === 0x5c ? `\\${ch}` : ch;
    }
  }
  return `${out}"`;
}

/** time.ParseDuration: a signed sequence of decimal numbers with units; returns nanoseconds. */
export function parseGoDuration(orig: string): bigint {
  const invalid = (): never => {
    throw new DurationError(`time: invalid duration ${timeQuote(orig)}`);
  };
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') invalid();
  let total = 0n;
  while (s !== '') {
    const m = /^([0-9]*)(?:\.([0-9]*))?/.exec(s);
    const intDigits = m?.[1] ?? '';
    const fracDigits = m?.[2];
    // The next character must be [0-9.], and there must be digits on one side of the point.
    if (!/^[0-9.]/.test(s) || (intDigits === '' && !fracDigits)) invalid();
    s = s.slice(m?.[0].length ?? 0);
    const unitText = /^[^0-9.]*/.exec(s)?.[0] ?? '';
    if (unitText === '') throw new DurationError(`time: missing unit in duration ${timeQuote(orig)}`);
    s = s.slice(unitText.length);
    const unit = UNITS.get(unitText);
    if (unit === undefined) throw new DurationError(`time: unknown unit ${timeQuote(unitText)} in duration ${timeQuote(orig)}`);
    let v = intDigits === '' ? 0n : BigInt(intDigits);
    if (v > MAX / unit) invalid();
    v *= unit;
    if (fracDigits) {
      // Go scales the fraction in float64 ("to be nanosecond accurate for fractions of hours").
      const [f, scale] = leadingFraction(fracDigits);
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX) invalid();
    }
    total += v;
    if (total > MAX) invalid();
  }
  if (neg) return -total;
  if (total > MAX - 1n) invalid();
  return total;
}

/** leadingFraction: digits accumulate until the next one would overflow int64; the rest are ignored. */
function leadingFraction(digits: string): [bigint, number] {
  let x = 0n;
  let scale = 1;
  for (const c of digits) {
    if (x > (MAX - 1n) / 10n) break;
    const y = x * 10n + BigInt(c);
    if (y > MAX) break;
    x = y;
    scale *= 10;
  }
  return [x, scale];
}

/** ParseDuration in whole milliseconds (truncated toward zero). */
export function parseGoDurationMs(text: string): number {
  return Number(parseGoDuration(text) / MILLISECOND);
}

/** Duration.String(): "1h30m0s", "1m30s", "2.5s", "1.5ms", "100µs", "1ns", "0s". */
export function formatGoDuration(nanos: bigint): string {
  const neg = nanos < 0n;
  const u = neg ? -nanos : nanos;
  const sign = neg ? '-' : '';
  if (u === 0n) return '0s';
  if (u < SECOND) {
    // Below one second use the largest smaller unit with a fraction, like 1.2ms.
    if (u < MICROSECOND) return `${sign}${u}ns`;
    if (u < MILLISECOND) return `${sign}${withFraction(u, 3)}\u00b5s`;
    return `${sign}${withFraction(u, 6)}ms`;
  }
  const seconds = withFraction(u % MINUTE, 9);
  const minutes = u / MINUTE;
  if (minutes === 0n) return `${sign}${seconds}s`;
  const hours = minutes / 60n;
  if (hours === 0n) return `${sign}${minutes}m${seconds}s`;
  return `${sign}${hours}h${minutes % 60n}m${seconds}s`;
}

export function formatGoDurationMs(ms: number): string {
  return formatGoDuration(BigInt(Math.trunc(ms)) * MILLISECOND);
}

/** fmtFrac + fmtInt: v / 10^prec with trailing zeros (and a bare point) dropped. */
function withFraction(v: bigint, prec: number): string {
  const scale = 10n ** BigInt(prec);
  const whole = v / scale;
  const frac = (v % scale).toString().padStart(prec, '0').replace(/0+$/, '');
  return frac === '' ? `${whole}` : `${whole}.${frac}`;
}
