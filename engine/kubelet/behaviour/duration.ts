// Durations and quantities as written in behaviour catalogues: Go-style durations ("500ms",
// "1m30s", "2h") and Kubernetes-style quantities ("64Mi", "1G", "512"). Models the subset of
// time.ParseDuration and resource.ParseQuantity the catalogue needs; decimal fractions of a
// quantity suffix ("1.5Gi") are accepted, exponents ("1e3") are not.
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const SUFFIX_BYTES: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4,
};

/** Milliseconds of a Go-style duration, or undefined when the text is not one. */
export function parseDurationMs(text: string): number | undefined {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
    consumed = re.lastIndex;
  }
  return consumed === text.length && text.length > 0 ? Math.round(total) : undefined;
}

/** The value of a quantity such as "64Mi" or "250m", or undefined when the text is not one. */
export function parseQuantity(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|m|k|M|G|T)?$/.exec(text);
  if (m === null) return undefined;
  return Number(m[1]) * (SUFFIX_BYTES[m[2] ?? ''] ?? 1);
}

/** Bytes of a quantity such as "64Mi", or undefined when the text is not one. */
export function parseQuantityBytes(text: string): number | undefined {
  const q = /m$/.test(text) ? undefined : parseQuantity(text);
  return q === undefined ? undefined : Math.round(q);
}

/** Go's time.Duration String() for whole milliseconds: 1.5s, 2m0s, 1h0m0s, 250ms. */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  const sec = `${Number.isInteger(s) ? s : s.toFixed(3).replace(/0+$/, '')}s`;
  if (h > 0) return `${h}h${m}m${sec}`;
  if (m > 0) return `${m}m${sec}`;
  return sec;
}
