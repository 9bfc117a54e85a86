// RFC3339 ↔ virtual milliseconds for controller decisions (ready times, condition times), under
// the names the controllers call; the conversion itself is engine/clock/timestamp.ts.
import { formatTimestamp, parseTimestamp } from '../../../clock/timestamp.ts';

export { VIRTUAL_EPOCH_UNIX_MS } from '../../../clock/timestamp.ts';

export function parseTimestampMs(s: string | undefined): number | undefined {
  return s === undefined || s === '' ? undefined : parseTimestamp(s);
}

export const formatTimestampMs = formatTimestamp;
