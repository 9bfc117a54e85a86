// Canonical string form of a resource.Quantity, as Quantity.String() prints it.
// Models staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go → CanonicalizeBytes,
// amount.go → AsCanonicalBytes / AsCanonicalBase1024Bytes and suffix.go → constructBytes.
// Exponents with no suffix (DecimalSI above E, BinarySI above Ei) fall back to "e<exp>" notation as
// current upstream does (TestQuantityString: "1000E" → "1e21"); v1.33 dropped the suffix there.
// Left out: the int64 overflow corners of int64MultiplyScale10 (values here are exact BigInts).

export type QuantityFormat = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

const NANO = 1_000_000_000n;

const DECIMAL_SI_SUFFIX: ReadonlyMap<number, string> = new Map([
  [-9, 'n'], [-6, 'u'], [-3, 'm'], [0, ''], [3, 'k'], [6, 'M'], [9, 'G'], [12, 'T'], [15, 'P'], [18, 'E'],
]);
const BINARY_SI_SUFFIX: ReadonlyMap<number, string> = new Map([
  [0, ''], [1, 'Ki'], [2, 'Mi'], [3, 'Gi'], [4, 'Ti'], [5, 'Pi'], [6, 'Ei'],
]);

/** The canonical text of a value held as a count of nano units, in the given format. */
export function canonicalizeQuantity(nanos: bigint, format: QuantityFormat): string {
  if (nanos === 0n) return '0';
  if (format === 'BinarySI') {
    // Values in (-1024, 1024) and values with a fraction are shown as DecimalSI.
    const small = nanos > -1024n * NANO && nanos < 1024n * NANO;
    if (!small && nanos % NANO === 0n) return formatBinary(nanos / NANO);
    return formatDecimal(nanos, 'DecimalSI');
  }
  return formatDecimal(nanos, format);
}

/** Mantissa and base-10 exponent (a multiple of 3) with no removable factor of 1000. */
function canonicalDecimal(nanos: bigint): [bigint, number] {
  let mantissa = nanos;
  let exponent = -9;
  // 1. Move every factor of ten into the exponent: 1500000000n (1.5) → 15e-1.
  while ((mantissa >= 10n || mantissa <= -10n) && mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent += 1;
  }
  // 2. Bring the exponent down to a multiple of three: 15e-1 → 1500e-3 ("1500m").
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent -= 1;
  }
  return [mantissa, exponent];
}

function formatDecimal(nanos: bigint, format: 'DecimalSI' | 'DecimalExponent'): string {
  const [mantissa, exponent] = canonicalDecimal(nanos);
  const si = format === 'DecimalSI' ? DECIMAL_SI_SUFFIX.get(exponent) : undefined;
  if (si !== undefined) return `${mantissa}${si}`;
  return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
}

function formatBinary(units: bigint): string {
  let mantissa = units;
  let exponent = 0;
  while ((mantissa >= 1024n || mantissa <= -1024n) && mantissa % 1024n === 0n) {
    mantissa /= 1024n;
    exponent += 1;
  }
  const suffix = BINARY_SI_SUFFIX.get(exponent);
  if (suffix !== undefined) return `${mantissa}${suffix}`;
  return formatDecimal(units * NANO, 'DecimalExponent');
}
