// Durations as people write them in Gherkin steps: "30 seconds", "2 minutes", "1 hour",
// "500 milliseconds", "a minute", "1 minute and 30 seconds", "2 days", plus Go forms "90s",
// "1m30s", "1.5h". Kubespec's own syntax (no upstream counterpart), resolved to integer
// milliseconds of virtual time. Go forms go through parseGoDuration so they mean what they
// mean to kubectl; "d" (days) is accepted here although Go's ParseDuration rejects it.
import { parseGoDuration, MILLISECOND } from './duration.ts';

const UNIT_MS: ReadonlyArray<[RegExp, number]> = [
  [/^(ms|msecs?|millis|milliseconds?)$/, 1],
  [/^(s|secs?|seconds?)$/, 1000],
  [/^(m|mins?|minutes?)$/, 60_000],
  [/^(h|hrs?|hours?)$/, 3_600_000],
  [/^(d|days?)$/, 86_400_000],
];

export class DurationPhraseError extends Error {
  override readonly name = 'DurationPhraseError';
}

/** Milliseconds for a phrase like "2 minutes" or "1m30s"; throws DurationPhraseError. */
export function parseDurationPhrase(text: string): number {
  const phrase = text.trim().toLowerCase();
  if (/^[-+]?(\d*\.?\d+(ns|us|µs|μs|ms|s|m|h))+$/.test(phrase) || phrase === '0') {
    return Number(parseGoDuration(phrase) / MILLISECOND);
  }
  const parts = phrase.split(/\s*(?:,|\band\b)\s*|\s+(?=(?:\d|an?\b|one\b))/).filter((p) => p !== '');
  if (parts.length === 0) throw invalid(text);
  let totalMs = 0;
  for (const part of parts) totalMs += partMs(part, text);
  if (!Number.isInteger(totalMs)) throw new DurationPhraseError(`duration ${JSON.stringify(text)} is not a whole number of milliseconds`);
  return totalMs;
}

function partMs(part: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?|an?|one)\s*([a-z]+)$/.exec(part);
  if (!m) throw invalid(text);
  const [, amountText = '', unitText = ''] = m;
  const amount = /^\d/.test(amountText) ? Number(amountText) : 1;
  const unit = UNIT_MS.find(([re]) => re.test(unitText));
  if (!unit) throw invalid(text);
  return Math.round(amount * unit[1] * 1000) / 1000;
}

function invalid(text: string): DurationPhraseError {
  return new DurationPhraseError(
    `invalid duration ${JSON.stringify(text)}: expected e.g. "30 seconds", "2 minutes", "1 hour", "500 milliseconds", "90s" or "1m30s"`,
  );
}
