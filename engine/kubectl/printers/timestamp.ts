// kubectl's translateTimestampSince (pkg/printers/internalversion/printers.go): "<unknown>" for a
// zero/absent time, else HumanDuration(now - t); timestamps are read with engine/clock/timestamp.ts
// (virtual-epoch RFC3339). Left out: nothing.
import { parseTimestamp } from '../../clock/timestamp.ts';
import { humanDuration } from '../../apimachinery/human-duration.ts';

/** Virtual milliseconds of an RFC3339 timestamp; undefined when absent or malformed. */
export function timestampMs(text: string | null | undefined): number | undefined {
  return text ? parseTimestamp(text) : undefined;
}

/** printers.go → translateTimestampSince. */
export function timestampSince(text: string | null | undefined, nowMs: number): string {
  const t = timestampMs(text);
  return t === undefined ? '<unknown>' : humanDuration(nowMs - t);
}
