// Reading Go duration flags (--timeout=30s, 1m30s, 500ms, 0).
// Models time.ParseDuration for the units kubectl users write (h, m, s, ms); invalid text reads as 0.
// Left out: us/ns units and fractional values other than seconds.
const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

export function parseGoDuration(text: string): number {
  if (text === '' || text === '0') return 0;
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (UNIT_MS[m[2] ?? 's'] ?? 0);
    consumed += m[0].length;
  }
  return consumed === text.length ? total : 0;
}
