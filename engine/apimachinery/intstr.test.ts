import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { getScaledValueFromIntOrPercent } from './intstr.ts';

// Cases from intstr_test.go → TestGetScaledValueFromIntOrPercent and the reference §1.2 examples.
const cases: Array<[name: string, value: number | string, total: number, roundUp: boolean, expected: number]> = [
  ['int is used as is', 123, 0, false, 123],
  ['90% of 100 rounded up', '90%', 100, true, 90],
  ['90% of 95 rounded up', '90%', 95, true, 86],
  ['90% of 95 rounded down', '90%', 95, false, 85],
  ['0% of 0', '0%', 0, false, 0],
  ['surge 25% of 10', '25%', 10, true, 3],
  ['unavailable 25% of 10', '25%', 10, false, 2],
  ['surge 25% of 4', '25%', 4, true, 1],
  ['unavailable 25% of 3', '25%', 3, false, 0],
  ['surge 25% of 1', '25%', 1, true, 1],
  ['over 100%', '150%', 10, false, 15],
  ['signed percent', '+5%', 100, false, 5],
];

for (const [name, value, total, roundUp, expected] of cases) {
  test(`GetScaledValueFromIntOrPercent: ${name}`, () => {
    expect(getScaledValueFromIntOrPercent(value, total, roundUp)).toBe(expected);
  });
}

test('GetScaledValueFromIntOrPercent errors', () => {
  expect(() => getScaledValueFromIntOrPercent(undefined, 1, true)).toThrow('nil value for IntOrString');
  expect(() => getScaledValueFromIntOrPercent('100', 1, true)).toThrow(
    'invalid value for IntOrString: invalid type: string is not a percentage',
  );
  expect(() => getScaledValueFromIntOrPercent('a%', 1, true)).toThrow(
    'invalid value for IntOrString: invalid value "a%": strconv.Atoi: parsing "a": invalid syntax',
  );
  expect(() => getScaledValueFromIntOrPercent('%', 1, true)).toThrow(
    'invalid value for IntOrString: invalid value "%": strconv.Atoi: parsing "": invalid syntax',
  );
  expect(() => getScaledValueFromIntOrPercent('1.5%', 1, true)).toThrow('strconv.Atoi: parsing "1.5": invalid syntax');
});

test('property: round up and round down differ by at most one and bracket the exact value', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10000 }), (pct, total) => {
      const up = getScaledValueFromIntOrPercent(`${pct}%`, total, true);
      const down = getScaledValueFromIntOrPercent(`${pct}%`, total, false);
      expect(up - down).toBe((pct * total) % 100 === 0 ? 0 : 1);
      expect(down * 100 <= pct * total && pct * total <= up * 100).toBe(true);
    }),
  );
});
