import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, regexError, scansAsQualifiedName } from './name-validation.ts';

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const NAME_PART_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

test('regexError formats examples with the doubled space', () => {
  expect(regexError('m', 'f')).toBe("m (regex used for validation is 'f')");
  expect(regexError('m', 'f', 'a', 'b')).toBe("m (e.g. 'a',  or 'b', regex used for validation is 'f')");
});

const subdomains: Array<[name: string, value: string, errors: string[]]> = [
  ['simple', 'example.com', []],
  ['single label', 'web', []],
  ['digits first', '1a.b2', []],
  ['uppercase', 'Web', [SUBDOMAIN_MSG]],
  ['trailing dash', 'web-', [SUBDOMAIN_MSG]],
  ['empty', '', [SUBDOMAIN_MSG]],
  ['underscore', 'a_b', [SUBDOMAIN_MSG]],
  ['too long', 'a'.repeat(254), ['must be no more than 253 characters']],
  ['too long and invalid', `${'a'.repeat(253)}-`, ['must be no more than 253 characters', SUBDOMAIN_MSG]],
];
for (const [name, value, errors] of subdomains) {
  test(`isDNS1123Subdomain: ${name}`, () => expect(isDNS1123Subdomain(value)).toEqual(errors));
}

const labels: Array<[name: string, value: string, errors: string[]]> = [
  ['simple', 'my-name', []],
  ['dots', 'a.b', ['must not contain dots']],
  ['uppercase', 'A', [LABEL_MSG]],
  ['too long', 'a'.repeat(64), ['must be no more than 63 characters']],
];
for (const [name, value, errors] of labels) {
  test(`isDNS1123Label: ${name}`, () => expect(isDNS1123Label(value)).toEqual(errors));
}

test('isDNS1035Label requires a leading letter', () => {
  expect(isDNS1035Label('web')).toEqual([]);
  expect(isDNS1035Label('1web')).toEqual([
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
  ]);
});

const qualified: Array<[name: string, value: string, errors: string[]]> = [
  ['plain', 'app', []],
  ['prefixed', 'app.kubernetes.io/name', []],
  ['mixed case name', 'MyName', []],
  ['empty', '', ['name part must be non-empty', NAME_PART_MSG]],
  ['empty prefix', '/name', ['prefix part must be non-empty']],
  ['bad prefix', 'Bad/name', [`prefix part ${SUBDOMAIN_MSG}`]],
  ['too long name', 'a'.repeat(64), ['name part must be no more than 63 characters']],
  ['bad name', '-x', [NAME_PART_MSG]],
  [
    'two slashes',
    'a/b/c',
    [
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ],
  ],
];
for (const [name, value, errors] of qualified) {
  test(`isQualifiedName: ${name}`, () => expect(isQualifiedName(value)).toEqual(errors));
}

test('isValidLabelValue', () => {
  expect(isValidLabelValue('')).toEqual([]);
  expect(isValidLabelValue('v1.2_x')).toEqual([]);
  expect(isValidLabelValue('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  expect(isValidLabelValue('-a')).toEqual([
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ]);
});

test('property: every valid DNS-1123 label is a valid subdomain and label value', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/), (s) => {
      expect(isDNS1123Label(s)).toEqual([]);
      expect(isDNS1123Subdomain(s)).toEqual([]);
      expect(isValidLabelValue(s)).toEqual([]);
      expect(isQualifiedName(s)).toEqual([]);
    }),
  );
});

test('the qualified-name scan accepts exactly what the regex accepts', () => {
  const re = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
  const char = fc.constantFrom('a', 'Z', '0', '9', '-', '_', '.', '/', ' ', '\n', 'é', '*');
  const name = fc.array(char, { maxLength: 10 }).map((cs) => cs.join(''));
  fc.assert(fc.property(name, (v) => scansAsQualifiedName(v) === re.test(v)), { seed: 63, numRuns: 20_000 });
});

test('the fast paths give the same answers as the full checks, long values included', () => {
  const long = 'a'.repeat(64);
  expect(isQualifiedName(long)).toEqual(['name part must be no more than 63 characters']);
  expect(isValidLabelValue(long)).toEqual(['must be no more than 63 characters']);
  expect(isDNS1123Subdomain('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
  expect(isQualifiedName('app.kubernetes.io/name')).toEqual([]);
  expect(isValidLabelValue('')).toEqual([]);
});

test('the qualified-name fast path agrees with the full check on prefixed keys', () => {
  const char = fc.constantFrom('a', 'Z', '0', '-', '_', '.', '/', ' ');
  const key = fc.array(char, { maxLength: 10 }).map((cs) => cs.join(''));
  // The full check, worded errors and all, is the reference: valid exactly when it returns none.
  const full = (v: string): boolean => {
    const parts = v.split('/');
    if (parts.length > 2) return false;
    const name = parts.length === 2 ? parts[1]! : parts[0]!;
    const prefixOk = parts.length === 1 || (parts[0] !== '' && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(parts[0]!));
    return prefixOk && name.length <= 63 && /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name);
  };
  // Asked twice: the second answer may come from the set of keys already found valid.
  fc.assert(fc.property(key, (v) => (isQualifiedName(v).length === 0) === full(v) && (isQualifiedName(v).length === 0) === full(v)), { seed: 7, numRuns: 20_000 });
  expect(isQualifiedName('node.kubernetes.io/not-ready')).toEqual([]);
  expect(isQualifiedName('/a')).toEqual(['prefix part must be non-empty']);
});
