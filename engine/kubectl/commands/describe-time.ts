// RFC1123Z ("Mon, 02 Jan 2006 15:04:05 -0700") of an RFC3339 timestamp, as describe prints
// CreationTimestamp (time.RFC1123Z in UTC). Built by hand: engine/ may not use Date.
import { formatTimestamp, parseTimestamp } from '../../clock/timestamp.ts';

const DAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']; // 1970-01-01 was a Thursday
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const VIRTUAL_EPOCH_DAYS = 20089; // 2025-01-01 in days since 1970-01-01

export function formatRfc1123z(ts: string | undefined): string {
  const ms = ts ? parseTimestamp(ts) : undefined;
  if (ms === undefined) return '<unknown>';
  const iso = formatTimestamp(ms); // YYYY-MM-DDTHH:MM:SSZ
  const [date = '', time = ''] = iso.replace('Z', '').split('T');
  const [y = '', m = '1', d = ''] = date.split('-');
  const days = VIRTUAL_EPOCH_DAYS + Math.floor(ms / 86_400_000);
  return `${DAYS[((days % 7) + 7) % 7] ?? ''}, ${d} ${MONTHS[Number(m) - 1] ?? ''} ${y} ${time} +0000`;
}
