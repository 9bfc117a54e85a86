// Kubernetes resource.Quantity: an exact fixed-point number with a remembered format.
// Models staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity, String,
// Cmp, Add, Sub, Mul, Neg, Value, MilliValue, ScaledValue, NewQuantity, NewMilliQuantity).
// Immutable: arithmetic returns a new Quantity instead of mutating in place as Go does.
// Left out: RoundUp, AsApproximateFloat64 precision tricks, CBOR/protobuf encodings.
import { canonicalizeQuantity, type QuantityFormat } from './quantity-format.ts';
import { parseQuantityString, QuantityParseError } from './quantity-parse.ts';

export type { QuantityFormat } from './quantity-format.ts';
export { QuantityParseError, ERR_FORMAT_WRONG, ERR_NUMERIC, ERR_SUFFIX } from './quantity-parse.ts';

const NANO = 1_000_000_000n;

// Parses are memoized: a cluster spells the same few quantities ("100m", "128Mi", "110") in every
// pod, node and quota, and each parse is a regex match plus BigInt arithmetic. A Quantity is
// immutable, so one instance is shared by every caller; failures are not kept. The memo is
// dropped whole when full.
const MEMO_LIMIT = 4096;
const parsed = new Map<string, Quantity>();

export class Quantity {
  private constructor(
    /** The value in units of 10^-9. */
    readonly nanos: bigint,
    readonly format: QuantityFormat,
    private readonly cached: string | undefined,
  ) {}

  /** ParseQuantity; throws QuantityParseError with Kubernetes' message on bad input. */
  static parse(text: string): Quantity {
    let q = parsed.get(text);
    if (q === undefined) {
      const p = parseQuantityString(text);
      q = new Quantity(p.nanos, p.format, p.cached);
      if (parsed.size >= MEMO_LIMIT) parsed.clear();
      parsed.set(text, q);
    }
    return q;
  }

  /** NewQuantity(value, format). */
  static fromInt(value: number | bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(toBigInt(value) * NANO, format, undefined);
  }

  /** NewMilliQuantity(value, format). */
  static fromMilli(value: number | bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(toBigInt(value) * 1_000_000n, format, undefined);
  }

  static zero(format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(0n, format, undefined);
  }

  /** Quantity.String(): the parsed text when it was already canonical, else the canonical form. */
  toString(): string {
    return this.cached ?? canonicalizeQuantity(this.nanos, this.format);
  }

  toJSON(): string {
    return this.toString();
  }

  isZero(): boolean {
    return this.nanos === 0n;
  }

  sign(): -1 | 0 | 1 {
    return this.nanos === 0n ? 0 : this.nanos < 0n ? -1 : 1;
  }

  cmp(other: Quantity): -1 | 0 | 1 {
    return this.nanos === other.nanos ? 0 : this.nanos < other.nanos ? -1 : 1;
  }

  equals(other: Quantity): boolean {
    return this.nanos === other.nanos;
  }

  /** Add: if this value is zero the result takes the other's format. */
  add(other: Quantity): Quantity {
    return new Quantity(this.nanos + other.nanos, this.isZero() ? other.format : this.format, undefined);
  }

  /** Sub: if this value is zero the result takes the other's format. */
  sub(other: Quantity): Quantity {
    return new Quantity(this.nanos - other.nanos, this.isZero() ? other.format : this.format, undefined);
  }

  mul(factor: number | bigint): Quantity {
    return new Quantity(this.nanos * toBigInt(factor), this.format, undefined);
  }

  neg(): Quantity {
    return new Quantity(-this.nanos, this.format, undefined);
  }

  withFormat(format: QuantityFormat): Quantity {
    return new Quantity(this.nanos, format, undefined);
  }

  /** Value(): rounded up to an integer, away from zero (1.5 → 2, -1.5 → -2). */
  value(): number {
    return Number(this.scaledValueBig(0));
  }

  /** MilliValue(): ceil(q × 1000), away from zero. */
  milliValue(): number {
    return Number(this.scaledValueBig(-3));
  }

  /**
   * ScaledValue(scale): q / 10^scale rounded away from zero, as int64Amount.AsScaledInt64 does.
   * Known divergence: Go's inf.Dec path rounds negative fractions toward zero; this never does.
   */
  scaledValueBig(scale: number): bigint {
    const shift = scale + 9;
    if (shift <= 0) return this.nanos * 10n ** BigInt(-shift);
    const div = 10n ** BigInt(shift);
    const q = this.nanos / div;
    if (this.nanos % div === 0n) return q;
    return this.nanos > 0n ? q + 1n : q - 1n;
  }

  /** A float approximation, for scoring and ratios only (AsApproximateFloat64). */
  toNumber(): number {
    return Number(this.nanos) / 1e9;
  }
}

export function parseQuantity(text: string): Quantity {
  return Quantity.parse(text);
}

/**
 * The text the API server stores for a quantity field: decoding and re-encoding a Quantity gives
 * String() ("0.5" → "500m", "1024Mi" → "1Gi", "+1" stays "+1"). Throws QuantityParseError.
 */
export function normalizeQuantity(text: string): string {
  return Quantity.parse(text).toString();
}

/** The parsed quantity, or undefined when text is not a valid quantity. */
export function tryParseQuantity(text: string): Quantity | undefined {
  try {
    return Quantity.parse(text);
  } catch (err) {
    if (err instanceof QuantityParseError) return undefined;
    throw err;
  }
}

function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  return BigInt(value);
}
