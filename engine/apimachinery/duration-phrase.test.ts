import { test } from 'node:test';
import { expect } from 'expect';
import { parseDurationPhrase } from './duration-phrase.ts';

const phrases: Array<[text: string, ms: number]> = [
  ['30 seconds', 30_000], ['1 second', 1000], ['2 minutes', 120_000], ['1 hour', 3_600_000], ['90s', 90_000],
  ['1m30s', 90_000], ['500 milliseconds', 500], ['500ms', 500], ['a minute', 60_000], ['an hour', 3_600_000],
  ['1 minute and 30 seconds', 90_000], ['1 minute, 30 seconds', 90_000], ['1 minute 30 seconds', 90_000],
  ['2 days', 172_800_000], ['1.5 hours', 5_400_000], ['1.5h', 5_400_000], ['10 secs', 10_000], ['5 mins', 300_000],
  ['0', 0], ['  45 Seconds ', 45_000], ['3 hrs', 10_800_000],
];

for (const [text, ms] of phrases) {
  test(`duration phrase ${JSON.stringify(text)} = ${ms}ms`, () => expect(parseDurationPhrase(text)).toBe(ms));
}

test('duration phrase errors name the accepted forms', () => {
  const hint = 'expected e.g. "30 seconds", "2 minutes", "1 hour", "500 milliseconds", "90s" or "1m30s"';
  expect(() => parseDurationPhrase('soon')).toThrow(`invalid duration "soon": ${hint}`);
  expect(() => parseDurationPhrase('3 fortnights')).toThrow(`invalid duration "3 fortnights": ${hint}`);
  expect(() => parseDurationPhrase('')).toThrow('invalid duration ""');
  expect(() => parseDurationPhrase('0.5 milliseconds')).toThrow('is not a whole number of milliseconds');
});
