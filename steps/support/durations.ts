// Durations as scenarios write them: "30 seconds", "2 minutes", "1 hour", "500 milliseconds",
// and Go-style "90s", "1m30s", "2h". One parser for every step that takes a duration.
const UNIT_MS: Record<string, number> = {
  ms: 1, millisecond: 1, milliseconds: 1, s: 1000, second: 1000, seconds: 1000,
  m: 60_000, minute: 60_000, minutes: 60_000, h: 3_600_000, hour: 3_600_000, hours: 3_600_000,
};

export const DURATION_REGEXP = /\d+(?:\.\d+)?(?:ms|s|m|h)(?:\d+(?:\.\d+)?(?:ms|s|m|h))*|\d+(?:\.\d+)? (?:milliseconds?|seconds?|minutes?|hours?)/;

export function parseDuration(text: string): number {
  let total = 0;
  let matched = '';
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(milliseconds?|seconds?|minutes?|hours?|ms|s|m|h)/g)) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    matched += m[0];
  }
  if (matched.replace(/\s/g, '') !== text.replace(/\s/g, '')) throw new Error(`not a duration: "${text}"`);
  return Math.round(total);
}
