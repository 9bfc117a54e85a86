// Go duration text ("90s", "1m30s", "500ms", "2h") to milliseconds, for --timeout flags.
// Models time.ParseDuration for the units kubectl users write; anything else reads as 0.
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseGoDurationMs(text: string): number {
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
  return Math.round(total);
}
