import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { humanDuration, shortHumanDuration } from './human-duration.ts';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const Y = 365 * D;

// From staging/src/k8s.io/apimachinery/pkg/util/duration/duration_test.go (nanosecond-only
// cases such as -2s+1ns are expressed with the nearest millisecond).
const human: Array<[name: string, ms: number, expected: string]> = [
  ['1s', S, '1s'], ['70s', 70 * S, '70s'], ['190s', 190 * S, '3m10s'], ['70m', 70 * M, '70m'], ['47h', 47 * H, '47h'],
  ['49h', 49 * H, '2d1h'], ['8d2h', 8 * D + 2 * H, '8d'], ['367d', 367 * D, '367d'], ['2y1d1h', 2 * Y + 25 * H, '2y1d'],
  ['8y2h', 8 * Y + 2 * H, '8y'],
  ['-2s', -2 * S, '<invalid>'], ['just above -2s', -2 * S + 1, '0s'], ['0', 0, '0s'], ['1s-1ms', S - 1, '0s'],
  ['2m-1ms', 2 * M - 1, '119s'], ['2m', 2 * M, '2m'], ['2m1s', 2 * M + S, '2m1s'], ['10m-1ms', 10 * M - 1, '9m59s'],
  ['10m', 10 * M, '10m'], ['10m1s', 10 * M + S, '10m'], ['3h-1ms', 3 * H - 1, '179m'], ['3h', 3 * H, '3h'],
  ['3h1m', 3 * H + M, '3h1m'], ['8h-1ms', 8 * H - 1, '7h59m'], ['8h', 8 * H, '8h'], ['8h59m', 8 * H + 59 * M, '8h'],
  ['2d-1ms', 2 * D - 1, '47h'], ['2d', 2 * D, '2d'], ['2d1h', 2 * D + H, '2d1h'], ['8d-1ms', 8 * D - 1, '7d23h'],
  ['8d', 8 * D, '8d'], ['8d23h', 8 * D + 23 * H, '8d'], ['2y-1ms', 2 * Y - 1, '729d'], ['2y', 2 * Y, '2y'],
  ['2y23h59m', 2 * Y + 23 * H + 59 * M, '2y'], ['2y1d-1ms', 2 * Y + D - 1, '2y'], ['2y1d', 2 * Y + D, '2y1d'],
  ['3y', 3 * Y, '3y'], ['7y', 7 * Y, '7y'], ['8y-1ms', 8 * Y - 1, '7y364d'], ['8y', 8 * Y, '8y'],
  ['8y364d', 8 * Y + 364 * D, '8y'], ['9y', 9 * Y, '9y'],
];

for (const [name, ms, expected] of human) {
  test(`HumanDuration(${name}) = ${expected}`, () => expect(humanDuration(ms)).toBe(expected));
}

const short: Array<[name: string, ms: number, expected: string]> = [
  ['-2s', -2 * S, '<invalid>'], ['just above -2s', -2 * S + 1, '0s'], ['0', 0, '0s'], ['1s-1ms', S - 1, '0s'],
  ['1s', S, '1s'], ['2s-1ms', 2 * S - 1, '1s'], ['1m-1ms', M - 1, '59s'], ['1m', M, '1m'], ['2m-1ms', 2 * M - 1, '1m'],
  ['1h-1ms', H - 1, '59m'], ['1h', H, '1h'], ['2h-1ms', 2 * H - 1, '1h'], ['1d-1ms', D - 1, '23h'], ['1d', D, '1d'],
  ['2d-1ms', 2 * D - 1, '1d'], ['1y-1ms', Y - 1, '364d'], ['1y', Y, '1y'], ['2y-1ms', 2 * Y - 1, '1y'], ['2y', 2 * Y, '2y'],
];

for (const [name, ms, expected] of short) {
  test(`ShortHumanDuration(${name}) = ${expected}`, () => expect(shortHumanDuration(ms)).toBe(expected));
}

test('HumanDuration is never empty and never negative for non-negative spans (property)', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 20 * Y }), (ms) => expect(humanDuration(ms)).toMatch(/^(\d+[smhdy])+$/)));
});
