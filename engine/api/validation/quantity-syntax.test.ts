// ParseQuantity's three errors (format, suffix, numeric) for the inputs manifests contain, and a
// property over integer quantities with every suffix.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { ERR_FORMAT_WRONG, ERR_NUMERIC, ERR_SUFFIX, quantityError } from './quantity-syntax.ts';

describe('quantityError (resource.ParseQuantity)', () => {
  const valid = ['0', '1', '500m', '0.5', '256Mi', '1e3', '1E', '2Gi', '+1', '-1', '1.', '100n', '1.5k', '1e-3', '007'];
  for (const q of valid) it(`accepts ${q}`, () => expect(quantityError(q)).toBeUndefined());
  const invalid: Array<[string, string]> = [
    ['', ERR_FORMAT_WRONG], ['2 cpus', ERR_FORMAT_WRONG], ['1Gb', ERR_FORMAT_WRONG], ['abc', ERR_FORMAT_WRONG],
    ['1Mm', ERR_SUFFIX], ['5e', ERR_SUFFIX], ['1ki', ERR_SUFFIX], ['.', ERR_NUMERIC], ['true', ERR_FORMAT_WRONG],
  ];
  for (const [q, err] of invalid) it(`rejects ${JSON.stringify(q)}`, () => expect(quantityError(q)).toBe(err));
  it('accepts every integer with a binary or decimal suffix (property)', () => {
    fc.assert(fc.property(fc.nat(), fc.constantFrom('', 'm', 'k', 'M', 'G', 'Ki', 'Mi', 'Gi', 'Ti'), (n, s) => quantityError(`${n}${s}`) === undefined));
  });
});
