import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { formatGoDuration, formatGoDurationMs, HOUR, MILLISECOND, MINUTE, parseGoDuration, parseGoDurationMs, SECOND } from './duration.ts';

// Cases from Go's src/time/time_test.go (durationTests, parseDurationTests, parseDurationErrorTests).
const formatted: Array<[name: string, nanos: bigint, expected: string]> = [
  ['zero', 0n, '0s'],
  ['one nanosecond', 1n, '1ns'],
  ['1.1 microseconds', 1100n, '1.1\u00b5s'],
  ['2.2 milliseconds', 2200n * 1000n, '2.2ms'],
  ['3.3 seconds', 3300n * MILLISECOND, '3.3s'],
  ['4m5s', 4n * MINUTE + 5n * SECOND, '4m5s'],
  ['4m5.001s', 4n * MINUTE + 5001n * MILLISECOND, '4m5.001s'],
  ['5h6m7.001s', 5n * HOUR + 6n * MINUTE + 7001n * MILLISECOND, '5h6m7.001s'],
  ['8m0.000000001s', 8n * MINUTE + 1n, '8m0.000000001s'],
  ['max int64', (1n << 63n) - 1n, '2562047h47m16.854775807s'],
  ['min int64', -(1n << 63n), '-2562047h47m16.854775808s'],
  ['90 seconds', 90n * SECOND, '1m30s'],
  ['one hour and a half', 90n * MINUTE, '1h30m0s'],
  ['negative', -1500n * MILLISECOND, '-1.5s'],
];

for (const [name, nanos, expected] of formatted) {
  test(`Duration.String: ${name}`, () => expect(formatGoDuration(nanos)).toBe(expected));
}

const parsed: Array<[text: string, nanos: bigint]> = [
  ['0', 0n], ['5s', 5n * SECOND], ['30s', 30n * SECOND], ['1478s', 1478n * SECOND], ['-5s', -5n * SECOND], ['+5s', 5n * SECOND],
  ['-0', 0n], ['+0', 0n], ['5.0s', 5n * SECOND], ['5.6s', 5600n * MILLISECOND], ['5.s', 5n * SECOND], ['.5s', 500n * MILLISECOND],
  ['1.0s', SECOND], ['1.00s', SECOND], ['1.004s', 1004n * MILLISECOND], ['1.0040s', 1004n * MILLISECOND],
  ['100.00100s', 100001n * MILLISECOND], ['10ns', 10n], ['11us', 11000n], ['12\u00b5s', 12000n], ['12\u03bcs', 12000n],
  ['13ms', 13n * MILLISECOND], ['14s', 14n * SECOND], ['15m', 15n * MINUTE], ['16h', 16n * HOUR], ['3h30m', 3n * HOUR + 30n * MINUTE],
  ['10.5s4m', 4n * MINUTE + 10500n * MILLISECOND], ['-2m3.4s', -(2n * MINUTE + 3400n * MILLISECOND)],
  ['1h2m3s4ms5us6ns', HOUR + 2n * MINUTE + 3n * SECOND + 4n * MILLISECOND + 5000n + 6n],
  ['39h9m14.425s', 39n * HOUR + 9n * MINUTE + 14425n * MILLISECOND], ['52763797000ns', 52763797000n],
  ['0.3333333333333333333h', 20n * MINUTE], ['9007199254740993ns', (1n << 53n) + 1n],
  ['9223372036854775807ns', (1n << 63n) - 1n], ['-9223372036854775808ns', -(1n << 63n)],
  ['0.100000000000000000000h', 6n * MINUTE], ['0.830103483285477580700h', 49n * MINUTE + 48n * SECOND + 372539827n],
];

for (const [text, nanos] of parsed) {
  test(`ParseDuration(${JSON.stringify(text)})`, () => expect(parseGoDuration(text)).toBe(nanos));
}

const rejected: Array<[text: string, message: string]> = [
  ['', 'time: invalid duration ""'],
  ['3', 'time: missing unit in duration "3"'],
  ['-', 'time: invalid duration "-"'],
  ['s', 'time: invalid duration "s"'],
  ['.', 'time: invalid duration "."'],
  ['-.', 'time: invalid duration "-."'],
  ['.s', 'time: invalid duration ".s"'],
  ['+.s', 'time: invalid duration "+.s"'],
  ['1d', 'time: unknown unit "d" in duration "1d"'],
  ['1 s', 'time: unknown unit " s" in duration "1 s"'],
  ['9223372036854775808ns', 'time: invalid duration "9223372036854775808ns"'],
  ['9223372036854775.808us', 'time: invalid duration "9223372036854775.808us"'],
  ['3000000h', 'time: invalid duration "3000000h"'],
  // time's own quote, not strconv.Quote: bytes of control and non-ASCII runes as \xNN (checked against Go).
  ['1x\t', 'time: unknown unit "x\\x09" in duration "1x\\x09"'],
  ['1µs!', 'time: unknown unit "\\xc2\\xb5s!" in duration "1\\xc2\\xb5s!"'],
  ['"q', 'time: invalid duration "\\"q"'],
  ['1h\\', 'time: unknown unit "h\\\\" in duration "1h\\\\"'],
];

for (const [text, message] of rejected) {
  test(`ParseDuration rejects ${JSON.stringify(text)}`, () => expect(() => parseGoDuration(text)).toThrow(message));
}

test('millisecond helpers', () => {
  expect(parseGoDurationMs('1m30s')).toBe(90_000);
  expect(parseGoDurationMs('1.5ms')).toBe(1);
  expect(formatGoDurationMs(90_000)).toBe('1m30s');
  expect(formatGoDurationMs(5_400_000)).toBe('1h30m0s');
});

test('property: ParseDuration(String(d)) = d', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: -(1n << 63n) + 1n, max: (1n << 63n) - 1n }), (d) => {
      expect(parseGoDuration(formatGoDuration(d))).toBe(d);
    }),
  );
});
