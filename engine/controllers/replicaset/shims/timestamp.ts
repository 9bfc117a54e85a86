// RFC3339 → virtual milliseconds for controller decisions (ready times, condition times).
// Mirrors engine/clock/timestamp.ts (virtual epoch 2025-01-01T00:00:00Z) without `Date`.
// TODO(core): import parseTimestamp from engine/clock/timestamp.ts once the core lands.
export const VIRTUAL_EPOCH_UNIX_MS = 1_735_689_600_000;

function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Virtual ms of an RFC3339 UTC timestamp; undefined for absent or unparsable input (Go's zero time). */
export function parseTimestampMs(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, hh, mm, ss, frac] = m;
  const days = daysFromCivil(Number(y), Number(mo), Number(d));
  const fracMs = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  const unixMs = days * 86_400_000 + Number(hh) * 3_600_000 + Number(mm) * 60_000 + Number(ss) * 1000 + fracMs;
  return unixMs - VIRTUAL_EPOCH_UNIX_MS;
}

/** Second-precision RFC3339 of a virtual instant, as metav1.Time serialises. */
export function formatTimestampMs(virtualMs: number): string {
  const unixMs = VIRTUAL_EPOCH_UNIX_MS + virtualMs;
  const days = Math.floor(unixMs / 86_400_000);
  const msOfDay = unixMs - days * 86_400_000;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const hh = Math.floor(msOfDay / 3_600_000);
  const mi = Math.floor((msOfDay % 3_600_000) / 60_000);
  const ss = Math.floor((msOfDay % 60_000) / 1000);
  return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(hh)}:${p(mi)}:${p(ss)}Z`;
}
