import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { addQuantity, compareQuantity, formatQuantity, milliValue, parseQuantity } from './quantity.ts';

describe('quantity', () => {
  const canonical: Array<[string, string | number, string]> = [
    ['whole cpu', '2', '2'],
    ['milli cpu', '500m', '500m'],
    ['fractional cpu becomes milli', '1.5', '1500m'],
    ['2000m is 2', '2000m', '2'],
    ['binary memory', '1Gi', '1Gi'],
    ['1024Mi is 1Gi', '1024Mi', '1Gi'],
    ['1536Mi stays Mi', '1536Mi', '1536Mi'],
    ['decimal memory', '128M', '128M'],
    ['1500k', '1500000', '1500k'],
    ['number input', 10, '10'],
    ['zero', '0', '0'],
    ['binary below 1024 prints decimal', '0.5Ki', '512'],
    ['exponent (DecimalExponent keeps e-notation, as CanonicalizeBytes)', '1e3', '1e3'],
    ['nano', '1n', '1n'],
  ];
  for (const [name, input, expected] of canonical) {
    it(`formats ${name}`, () => expect(formatQuantity(parseQuantity(input))).toBe(expected));
  }

  it('keeps the first non-zero operand format when adding', () => {
    expect(formatQuantity(addQuantity(parseQuantity('0'), parseQuantity('1Gi')))).toBe('1Gi');
    expect(formatQuantity(addQuantity(parseQuantity('512Mi'), parseQuantity('512Mi')))).toBe('1Gi');
    expect(formatQuantity(addQuantity(parseQuantity('250m'), parseQuantity('1')))).toBe('1250m');
  });

  it('rounds milli values up', () => expect(milliValue(parseQuantity('1n'))).toBe(1n));

  it('rejects malformed input', () => expect(() => parseQuantity('abc')).toThrow());

  it('round-trips canonical strings (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('', 'm', 'k', 'Mi', 'Gi', 'M'), (n, suffix) => {
      const q = parseQuantity(`${n}${suffix}`);
      const again = parseQuantity(formatQuantity(q));
      expect(compareQuantity(q, again)).toBe(0);
      expect(formatQuantity(again)).toBe(formatQuantity(q));
    }));
  });
});
