// Cases from staging/src/k8s.io/apimachinery/pkg/util/duration/duration_test.go → TestHumanDuration.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { humanDuration } from './human-duration.ts';

const S = 1000;
const M = 60 * S;
const H = 60 * M;

const cases: Array<[string, number, string]> = [
  ['one second', S, '1s'],
  ['seconds up to two minutes', 70 * S, '70s'],
  ['minutes and seconds under ten minutes', 190 * S, '3m10s'],
  ['whole minutes under ten minutes', 5 * M, '5m'],
  ['minutes under three hours', 70 * M, '70m'],
  ['hours and minutes under eight hours', 3 * H + 20 * M, '3h20m'],
  ['hours under two days', 47 * H, '47h'],
  ['days and hours under eight days', 49 * H, '2d1h'],
  ['days from eight days', (8 * 24 + 2) * H, '8d'],
  ['days under two years', 367 * 24 * H, '367d'],
  ['years and days', (365 * 2 * 24 + 25) * H, '2y1d'],
  ['years from eight years', (365 * 8 * 24 + 2) * H, '8y'],
  ['almost now', -1500, '0s'],
  ['in the future', -2 * S, '<invalid>'],
];

describe('humanDuration', () => {
  for (const [name, ms, want] of cases) it(name, () => expect(humanDuration(ms)).toBe(want));
  it('is never empty and never negative for non-negative spans', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20 * 365 * 24 * H }), (ms) => {
      expect(humanDuration(ms)).toMatch(/^(\d+[smhdy])+$/);
    }));
  });
});
