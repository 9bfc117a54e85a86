// util/validation name and key checks: counts and texts of the messages, generateName masking,
// and properties relating labels, subdomains and label values.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import {
  isConfigMapKey, isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue,
  isValidPortName, nameIsDNSSubdomain, regexError,
} from './name-validation.ts';

const label = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/);

describe('name validation (util/validation/validation.go)', () => {
  it('RegexError keeps upstream spacing', () => {
    expect(regexError('m', 'f', 'a', 'b')).toBe("m (e.g. 'a',  or 'b', regex used for validation is 'f')");
    expect(regexError('m', 'f')).toBe("m (regex used for validation is 'f')");
  });
  const cases: Array<[string, string[], number]> = [
    ['DNS label ok', isDNS1123Label('web-1'), 0],
    ['DNS label uppercase', isDNS1123Label('Web'), 1],
    ['DNS label too long', isDNS1123Label('a'.repeat(64)), 1],
    ['subdomain with dots', isDNS1123Subdomain('a.b.c'), 0],
    ['DNS-1035 digit first', isDNS1035Label('1abc'), 1],
    ['qualified name with prefix', isQualifiedName('app.kubernetes.io/name'), 0],
    ['qualified name empty prefix', isQualifiedName('/name'), 1],
    ['qualified name two slashes', isQualifiedName('a/b/c'), 1],
    ['empty label value', isValidLabelValue(''), 0],
    ['config key ..', isConfigMapKey('..'), 1],
    ['config key ..a', isConfigMapKey('..a'), 1],
    ['port name with digits only', isValidPortName('8080'), 1],
    ['port name double hyphen', isValidPortName('a--b'), 1],
  ];
  for (const [name, errs, count] of cases) it(name, () => expect(errs).toHaveLength(count));
  it('too-long messages', () => expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']));
  it('generateName prefixes may end in a dash', () => {
    expect(nameIsDNSSubdomain('web-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('web-', false)).toHaveLength(1);
  });
  it('every DNS label is also a subdomain and a label value (property)', () => {
    fc.assert(fc.property(label, (l) => isDNS1123Label(l).length === 0 && isDNS1123Subdomain(l).length === 0 && isValidLabelValue(l).length === 0));
  });
  it('uppercase never passes DNS-1123 (property)', () => {
    fc.assert(fc.property(label, fc.constantFrom('A', 'Z', 'Q'), (l, up) => isDNS1123Label(`${up}${l}`).length > 0));
  });
});
