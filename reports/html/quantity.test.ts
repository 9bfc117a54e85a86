// Tests quantity parsing with named cases.
import { test } from 'node:test';
import { expect } from 'expect';
import { parseQuantity } from './quantity.ts';

const CASES: [string, unknown, number | undefined][] = [
  ['plain integer', '10', 10], ['milli', '500m', 0.5], ['binary', '1Gi', 2 ** 30], ['decimal kilo', '1.5k', 1500],
  ['exponent', '1e3', 1000], ['number input', 3, 3], ['garbage', '12xyz', undefined], ['not a string', null, undefined],
];
for (const [name, input, expected] of CASES) {
  test(`quantity: ${name}`, () => { expect(parseQuantity(input)).toBe(expected); });
}
