// Tests for catalogue durations and quantities (Go duration syntax, Kubernetes quantities).
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { formatGoDuration, parseDurationMs, parseQuantityBytes } from './duration.ts';

test('parses Go durations', () => {
  expect(parseDurationMs('500ms')).toBe(500);
  expect(parseDurationMs('1m30s')).toBe(90_000);
  expect(parseDurationMs('1.5s')).toBe(1500);
  expect(parseDurationMs('2h')).toBe(7_200_000);
  expect(parseDurationMs('0')).toBe(0);
  expect(parseDurationMs('10')).toBeUndefined();
  expect(parseDurationMs('5 s')).toBeUndefined();
  expect(parseDurationMs('')).toBeUndefined();
});

test('parses quantities', () => {
  expect(parseQuantityBytes('64Mi')).toBe(67_108_864);
  expect(parseQuantityBytes('1G')).toBe(1e9);
  expect(parseQuantityBytes('512')).toBe(512);
  expect(parseQuantityBytes('1.5Gi')).toBe(1_610_612_736);
  expect(parseQuantityBytes('12x')).toBeUndefined();
});

test('formats like Go time.Duration', () => {
  expect(formatGoDuration(10_000)).toBe('10s');
  expect(formatGoDuration(120_000)).toBe('2m0s');
  expect(formatGoDuration(1_500)).toBe('1.5s');
  expect(formatGoDuration(250)).toBe('250ms');
  expect(formatGoDuration(3_600_000)).toBe('1h0m0s');
});

test('format then parse round-trips whole milliseconds', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (ms) => {
    expect(parseDurationMs(formatGoDuration(ms))).toBe(ms);
  }));
});
