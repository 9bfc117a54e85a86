// RFC3339 timestamps of the virtual epoch (2025-01-01T00:00:00Z + ms), parsed without `Date`.
// Models the contract of engine/clock/timestamp.ts (parseTimestamp, formatTimestamp) for the policy
// plugins. TODO(core): import from engine/clock/timestamp.ts once it lands on main.

const EPOCH_DAYS = daysFromCivil(2025, 1, 1);
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** Milliseconds since the virtual epoch; throws on malformed input. */
export function parseTimestamp(text: string): number {
  const m = PATTERN.exec(text);
  if (!m) throw new Error(`invalid RFC3339 timestamp ${JSON.stringify(text)}`);
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  const frac = (m[7] ?? '').padEnd(3, '0').slice(0, 3);
  const days = daysFromCivil(y ?? 0, mo ?? 0, d ?? 0) - EPOCH_DAYS;
  return (((days * 24 + (h ?? 0)) * 60 + (mi ?? 0)) * 60 + (s ?? 0)) * 1000 + Number(frac);
}

/** RFC3339 with second precision, e.g. 2025-01-01T00:01:30Z. */
export function formatTimestamp(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const days = Math.floor(totalSeconds / 86400);
  const secs = totalSeconds - days * 86400;
  const [y, mo, d] = civilFromDays(days + EPOCH_DAYS);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(Math.floor(secs / 3600))}:${p(Math.floor(secs / 60) % 60)}:${p(secs % 60)}Z`;
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
