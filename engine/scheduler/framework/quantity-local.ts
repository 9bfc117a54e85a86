// Minimal Kubernetes resource.Quantity parsing for the scheduler until the shared helper lands.
// Models: staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go → ParseQuantity,
// Quantity.MilliValue and Quantity.Value (both round up, away from zero).
// Leaves out: canonical formatting, exact big-number arithmetic beyond 2^53.
// TODO(apimachinery): switch to engine/apimachinery/quantity.ts (parseQuantity, milliValue, value).

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const PATTERN = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

/** The quantity as a plain number of base units (cores, bytes); throws on a malformed quantity. */
export function quantityToNumber(text: string | number): number {
  if (typeof text === 'number') return text;
  const match = PATTERN.exec(text.trim());
  if (!match) throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  const mantissa = Number(match[1]);
  const suffix = match[2] ?? '';
  if (suffix in BINARY) return mantissa * (BINARY[suffix] ?? 1);
  if (suffix in DECIMAL) return mantissa * (DECIMAL[suffix] ?? 1);
  return mantissa * 10 ** Number(suffix.slice(1));
}

/** Quantity.MilliValue: thousandths, rounded up ("100m" → 100, "1.5" → 1500). */
export function milliValue(text: string | number): number {
  return Math.ceil(Math.round(quantityToNumber(text) * 1e9) / 1e6);
}

/** Quantity.Value: whole units, rounded up ("1Ki" → 1024, "0.5" → 1). */
export function value(text: string | number): number {
  return Math.ceil(Math.round(quantityToNumber(text) * 1e6) / 1e6);
}
