import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { formatMicroTimestamp, formatTimestamp, parseTimestamp } from './timestamp.ts';

test('the virtual epoch is 2025-01-01T00:00:00Z', () => {
  expect(formatTimestamp(0)).toBe('2025-01-01T00:00:00Z');
  expect(formatTimestamp(90_500)).toBe('2025-01-01T00:01:30Z');
  expect(formatTimestamp(59 * 86_400_000)).toBe('2025-03-01T00:00:00Z');
  expect(formatMicroTimestamp(1_234)).toBe('2025-01-01T00:00:01.234000Z');
});

test('parse accepts offsets and fractions', () => {
  expect(parseTimestamp('2025-01-01T01:00:00+01:00')).toBe(0);
  expect(parseTimestamp('2025-01-01T00:00:01.5Z')).toBe(1500);
  expect(parseTimestamp('yesterday')).toBeUndefined();
});

test('property: parse(format(ms)) is ms truncated to the second', () => {
  fc.assert(fc.property(fc.integer({ min: -100_000_000_000, max: 1_000_000_000_000 }), (ms) => {
    expect(parseTimestamp(formatTimestamp(ms))).toBe(Math.floor(ms / 1000) * 1000);
  }));
});
