// Exact quantity comparison (Quantity.Cmp) across suffixes and notations, with properties over
// milli-values.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { compareQuantities, isNegativeQuantity } from './quantity-value.ts';

describe('compareQuantities (resource.Quantity.Cmp)', () => {
  const cases: Array<[string | number, string | number, -1 | 0 | 1]> = [
    ['500m', '0.5', 0], ['1', '500m', 1], ['1Gi', '1024Mi', 0], ['1G', '1Gi', -1], ['1e3', '1k', 0], [2, '2000m', 0], ['100n', '1u', -1],
  ];
  for (const [a, b, want] of cases) it(`${a} vs ${b}`, () => expect(compareQuantities(a, b)).toBe(want));
  it('unparseable gives undefined', () => expect(compareQuantities('abc', '1')).toBeUndefined());
  it('negative', () => expect(isNegativeQuantity('-1')).toBe(true));
  it('milli values compare like integers (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), (a, b) =>
      compareQuantities(`${a}m`, `${b}m`) === Math.sign(a - b)));
  });
  it('n and n*1000m are equal (property)', () => {
    fc.assert(fc.property(fc.nat(1e6), (n) => compareQuantities(String(n), `${n * 1000}m`) === 0));
  });
});
