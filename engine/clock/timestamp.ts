// Virtual wall time. Every cluster starts at the virtual epoch 2025-01-01T00:00:00Z; a virtual
// instant is milliseconds since then. Formatting is done by hand (civil-from-days, Howard
// Hinnant's algorithm) because the engine may not use `Date`. Output matches Go's RFC3339
// (metav1.Time marshals with second precision: `2025-01-01T00:00:05Z`).
export const VIRTUAL_EPOCH_UNIX_MS = 1_735_689_600_000; // 2025-01-01T00:00:00Z

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function civilFromDays(z0: number): { y: number; m: number; d: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The last second formatted and its text. The text has second precision, so every instant of
 * that second shares one string (stored objects keep several timestamps each).
 */
let lastFormatted = { second: Number.NaN, text: '' };

/** RFC3339 with second precision, as metav1.Time serialises. */
export function formatTimestamp(virtualMs: number): string {
  const second = Math.floor(virtualMs / 1000);
  if (second !== lastFormatted.second) lastFormatted = { second, text: formatUnix(VIRTUAL_EPOCH_UNIX_MS + second * 1000, false) };
  return lastFormatted.text;
}

/** RFC3339Nano-style with microseconds, as metav1.MicroTime (Events, Leases) serialises. */
export function formatMicroTimestamp(virtualMs: number): string {
  return formatUnix(VIRTUAL_EPOCH_UNIX_MS + virtualMs, true);
}

function formatUnix(unixMs: number, micro: boolean): string {
  const days = Math.floor(unixMs / 86_400_000);
  const msOfDay = unixMs - days * 86_400_000;
  const { y, m, d } = civilFromDays(days);
  const hh = Math.floor(msOfDay / 3_600_000);
  const mm = Math.floor((msOfDay % 3_600_000) / 60_000);
  const ss = Math.floor((msOfDay % 60_000) / 1000);
  const frac = micro ? `.${pad((msOfDay % 1000) * 1000, 6)}` : '';
  // Joined into one flat string: stored timestamps outlive their objects' writes, and a template
  // literal of this many parts is kept by V8 as a tree of cons strings (about 20 of them).
  return [pad(y, 4), '-', pad(m), '-', pad(d), 'T', pad(hh), ':', pad(mm), ':', pad(ss), frac, 'Z'].join('');
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an RFC3339 timestamp into virtual milliseconds; undefined when malformed. */
export function parseTimestamp(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let unixMs = daysFromCivil(Number(y), Number(mo), Number(d)) * 86_400_000
    + Number(h) * 3_600_000 + Number(mi) * 60_000 + Number(s) * 1000
    + (frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    unixMs -= sign * (Number(zone.slice(1, 3)) * 3_600_000 + Number(zone.slice(4, 6)) * 60_000);
  }
  return unixMs - VIRTUAL_EPOCH_UNIX_MS;
}
