// Reading RFC3339 timestamps of objects (creationTimestamp, lastTimestamp) as virtual milliseconds,
// and kubectl's translateTimestampSince (pkg/printers/internalversion/printers.go): "<unknown>" for a
// zero/absent time, else HumanDuration(now - t).
// Local copy of the virtual-epoch parse in engine/clock/timestamp.ts (not yet on this branch);
// phase 2 switches to parseTimestamp from there. Left out: time zones other than Z and ±hh:mm.
import { humanDuration } from './human-duration.ts';

const VIRTUAL_EPOCH_UNIX_MS = 1_735_689_600_000; // 2025-01-01T00:00:00Z
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Virtual milliseconds of an RFC3339 timestamp; undefined when absent or malformed. */
export function timestampMs(text: string | null | undefined): number | undefined {
  const m = text ? RFC3339.exec(text) : null;
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

/** printers.go → translateTimestampSince. */
export function timestampSince(text: string | null | undefined, nowMs: number): string {
  const t = timestampMs(text);
  return t === undefined ? '<unknown>' : humanDuration(nowMs - t);
}
