import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { ALPHANUMS } from '../../engine/apimachinery/generate-name.ts';
import { generatedTextPattern } from './generated-names.ts';

const message = 'pods "rc-<suffix>" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2';

test('<suffix> matches exactly five characters of the name generator\'s alphabet', () => {
  const pattern = generatedTextPattern(message);
  expect(pattern.test(message.replace('<suffix>', 'x2k7q'))).toBe(true);
  expect(pattern.test(message.replace('<suffix>', 'x2k7'))).toBe(false);
  expect(pattern.test(message.replace('<suffix>', 'x2k7qq'))).toBe(false);
  expect(pattern.test(message.replace('<suffix>', 'a2k7q'))).toBe(false); // no vowels
  expect(pattern.test(`${message.replace('<suffix>', 'x2k7q')}.`)).toBe(false);
});

test('any generated suffix matches, and the rest of the text is literal', () => {
  const suffix = fc.string({ unit: fc.constantFrom(...ALPHANUMS), minLength: 5, maxLength: 5 });
  fc.assert(fc.property(suffix, fc.string(), (s, text) => {
    expect(generatedTextPattern(`${text}-<suffix>`).test(`${text}-${s}`)).toBe(true);
    expect(generatedTextPattern(text).test(text)).toBe(true);
  }));
});
