import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { ERR_FORMAT_WRONG, ERR_SUFFIX, normalizeQuantity, Quantity, QuantityParseError, parseQuantity, tryParseQuantity } from './quantity.ts';

// Expectations from staging/src/k8s.io/apimachinery/pkg/api/resource/quantity_test.go
// (TestQuantityParse, TestQuantityString, TestQuantityParseEmit, TestMilliNewSet).
const canonical: Array<[name: string, input: string, expected: string]> = [
  ['decimal fraction becomes milli', '1.5', '1500m'],
  ['half', '0.5', '500m'],
  ['milli stays', '500m', '500m'],
  ['binary fraction becomes smaller binary', '1.5Gi', '1536Mi'],
  ['binary canonical kept', '256Mi', '256Mi'],
  ['1024Mi is 1Gi', '1024Mi', '1Gi'],
  ['1000M is 1G', '1000M', '1G'],
  ['exponent kept', '1e3', '1e3'],
  ['kilo', '100k', '100k'],
  ['exa', '2E', '2E'],
  ['negative milli', '-500m', '-500m'],
  ['explicit plus is kept verbatim', '+1', '+1'],
  ['leading zero kept verbatim', '01', '01'],
  ['zero', '0', '0'],
  ['zero with binary suffix', '0Ki', '0'],
  ['zero with milli suffix', '0m', '0'],
  ['tiny rounds up to nano', '0.0000000001', '1n'],
  ['nano rounding', '0.00000012345', '124n'],
  ['three-point-001 nano rounds up', '3.001n', '4n'],
  ['1.1E-9 rounds up', '1.1E-9', '2e-9'],
  ['small binary fraction becomes decimal', '.001Ki', '1024m'],
  ['micro binary fraction', '.000001Ki', '1024u'],
  ['nano binary fraction', '.000000001Ki', '1024n'],
  ['below nano binary', '.000000000001Ki', '2n'],
  ['1.08', '1.08', '1080m'],
  ['decimal thousands collapse', '1000000k', '1G'],
  ['binary 8Ki recomputed', '8Ki', '8Ki'],
  ['binary 5 shown decimal', '5Ki', '5Ki'],
  ['scale%3 == 0 input is kept verbatim', '100.035k', '100.035k'],
  ['trailing dot kept verbatim', '1.', '1.'],
  ['1.G kept verbatim', '1.G', '1.G'],
  ['1.0 recomputed (scale -1)', '1.0', '1'],
  ['100.0350k recomputed', '100.0350k', '100035'],
  ['exponent with sign', '1.3E+6', '1300e3'],
  ['exponent 0.5e-2', '0.5e-2', '5e-3'],
  ['1000E uses exponent notation', '1000E', '1e21'],
  ['9Ei caps at 2^63-1', '9Ei', '9223372036854775807'],
  ['uppercase E exponent is kept verbatim', '1E3', '1E3'],
  ['1000m is 1', '1000m', '1'],
  ['1200m', '1.2', '1200m'],
  ['large decimal', '12E', '12E'],
  ['binary not multiple of 1024', '1025Ki', '1025Ki'],
  ['binary to decimal when inexact', '1.1Ki', '1126400m'],
  ['only suffix parses as zero', 'Ki', '0'],
  ['lone dot is zero', '.', '0'],
];

for (const [name, input, expected] of canonical) {
  test(`quantity canonical form: ${name} (${input} → ${expected})`, () => {
    expect(parseQuantity(input).toString()).toBe(expected);
  });
}

test('quantity String() of constructed values (TestQuantityString, TestMilliNewSet)', () => {
  expect(Quantity.fromInt(1024 ** 3, 'BinarySI').toString()).toBe('1Gi');
  expect(Quantity.fromInt(300 * 1024 ** 2, 'BinarySI').toString()).toBe('300Mi');
  expect(Quantity.fromInt(5, 'BinarySI').toString()).toBe('5');
  expect(Quantity.fromInt(2000, 'BinarySI').toString()).toBe('2000');
  expect(Quantity.fromInt(-2000, 'BinarySI').toString()).toBe('-2000');
  expect(Quantity.fromMilli(1, 'DecimalSI').toString()).toBe('1m');
  expect(Quantity.fromMilli(1000, 'DecimalSI').toString()).toBe('1');
  expect(Quantity.fromMilli(1234000, 'DecimalSI').toString()).toBe('1234');
  expect(Quantity.fromMilli(1024, 'BinarySI').toString()).toBe('1024m');
  expect(Quantity.fromMilli(1024 * 1024, 'BinarySI').toString()).toBe('1048576m');
  expect(Quantity.fromInt(300_000_000, 'DecimalExponent').toString()).toBe('300e6');
  expect(Quantity.fromMilli(80, 'DecimalExponent').toString()).toBe('80e-3');
  expect(parseQuantity('1Ei').mul(1024).toString()).toBe('1180591620717411303424');
  expect(Quantity.fromInt(10n ** 70n, 'BinarySI').toString()).toBe('10e69');
});

test('quantity formats after parsing', () => {
  expect(parseQuantity('1Ki').format).toBe('BinarySI');
  expect(parseQuantity('0.000000000001Ki').format).toBe('DecimalSI');
  expect(parseQuantity('100.035Ki').format).toBe('BinarySI');
  expect(parseQuantity('1e3').format).toBe('DecimalExponent');
  expect(parseQuantity('5n').format).toBe('DecimalSI');
});

const invalid: Array<[name: string, input: string, message: string]> = [
  ['empty', '', ERR_FORMAT_WRONG],
  ['two dots', '1.1.M', ERR_FORMAT_WRONG],
  ['sign inside', '1+1.0M', ERR_FORMAT_WRONG],
  ['mi is not a suffix', '0.1mi', ERR_SUFFIX],
  ['am is not a suffix', '0.1am', ERR_FORMAT_WRONG],
  ['letters', 'aoeu', ERR_FORMAT_WRONG],
  ['bare i', '1i', ERR_SUFFIX],
  ['dangling exponent', '-3.01e-', ERR_SUFFIX],
  ['exponent past int32', '1e4294967297', ERR_SUFFIX],
  ['leading space', ' 1', ERR_FORMAT_WRONG],
  ['trailing space', '1 ', ERR_FORMAT_WRONG],
  ['lower-case kilo-binary', '1ki', ERR_SUFFIX],
];

for (const [name, input, message] of invalid) {
  test(`quantity rejects ${name} (${JSON.stringify(input)})`, () => {
    expect(() => parseQuantity(input)).toThrow(message);
    expect(tryParseQuantity(input)).toBeUndefined();
  });
}

test('quantity error message is worded like Kubernetes', () => {
  expect(() => parseQuantity('abc')).toThrow(
    "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
  );
  expect(() => parseQuantity('1Zi')).toThrow(ERR_FORMAT_WRONG);
  expect(() => parseQuantity('1ee')).toThrow("unable to parse quantity's suffix");
});

test('quantity value() and milliValue() round up away from zero', () => {
  expect(parseQuantity('500m').milliValue()).toBe(500);
  expect(parseQuantity('500m').value()).toBe(1);
  expect(parseQuantity('1.5').value()).toBe(2);
  expect(parseQuantity('-1.5').value()).toBe(-2);
  expect(parseQuantity('256Mi').value()).toBe(268435456);
  expect(parseQuantity('1n').milliValue()).toBe(1);
  expect(parseQuantity('2').milliValue()).toBe(2000);
  expect(parseQuantity('9.01').scaledValueBig(-1)).toBe(91n);
});

test('quantity arithmetic keeps the format of the non-zero operand (TestQuantityAddZeroPreservesSuffix)', () => {
  for (const text of ['100m', '1Gi']) {
    const q = parseQuantity(text);
    const zero = parseQuantity('0');
    expect(q.add(zero).toString()).toBe(text);
    expect(zero.add(q).toString()).toBe(text);
    expect(q.sub(zero).toString()).toBe(text);
    expect(zero.sub(q).toString()).toBe(q.neg().toString());
  }
  expect(parseQuantity('1Gi').add(parseQuantity('512Mi')).toString()).toBe('1536Mi');
  expect(parseQuantity('100m').add(parseQuantity('1.9')).toString()).toBe('2');
  expect(parseQuantity('1').sub(parseQuantity('1500m')).toString()).toBe('-500m');
  expect(parseQuantity('250m').mul(3).toString()).toBe('750m');
  expect(parseQuantity('9.01').neg().toString()).toBe('-9010m');
});

test('quantity cmp (TestQuantityCmp)', () => {
  expect(parseQuantity('0').cmp(parseQuantity('0'))).toBe(0);
  expect(parseQuantity('100m').cmp(parseQuantity('50m'))).toBe(1);
  expect(parseQuantity('50m').cmp(parseQuantity('100m'))).toBe(-1);
  expect(parseQuantity('10000T').cmp(parseQuantity('100Gi'))).toBe(1);
  expect(parseQuantity('1Ki').equals(parseQuantity('1024'))).toBe(true);
});

const suffixes = ['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'e3', 'e-2', 'E6'];
const quantityText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[0-9]{1,6}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,4}$/), { nil: undefined }),
    fc.constantFrom(...suffixes),
  )
  .map(([sign, int, frac, suffix]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}${suffix}`);
const quantity = quantityText.map(parseQuantity);

test('property: format(parse(x)) is a canonical fixpoint', () => {
  fc.assert(
    fc.property(quantityText, (text) => {
      const once = parseQuantity(text);
      const printed = once.toString();
      const again = parseQuantity(printed);
      expect(again.equals(once)).toBe(true);
      expect(again.toString()).toBe(printed);
      // Recomputed (uncached) canonical form is a fixpoint too.
      const canonical = once.add(Quantity.zero()).toString();
      expect(parseQuantity(canonical).toString()).toBe(canonical);
    }),
  );
});

test('property: add is commutative and associative, zero is neutral', () => {
  fc.assert(
    fc.property(quantity, quantity, quantity, (a, b, c) => {
      expect(a.add(b).equals(b.add(a))).toBe(true);
      expect(a.add(b).add(c).equals(a.add(b.add(c)))).toBe(true);
      expect(a.add(Quantity.zero()).equals(a)).toBe(true);
    }),
  );
});

test('property: cmp is a total order consistent with subtraction', () => {
  fc.assert(
    fc.property(quantity, quantity, quantity, (a, b, c) => {
      expect(a.cmp(b)).toBe(-b.cmp(a) || 0);
      expect(a.cmp(b)).toBe(a.sub(b).sign());
      if (a.cmp(b) <= 0 && b.cmp(c) <= 0) expect(a.cmp(c) <= 0).toBe(true);
      expect(a.sub(b).add(b).equals(a)).toBe(true);
    }),
  );
});

test('property: mul by an integer equals repeated addition', () => {
  fc.assert(
    fc.property(quantity, fc.integer({ min: 0, max: 20 }), (a, n) => {
      let sum = Quantity.zero();
      for (let i = 0; i < n; i++) sum = sum.add(a);
      expect(a.mul(n).equals(sum)).toBe(true);
    }),
  );
});

test('normalizeQuantity is what the API server stores', () => {
  expect(normalizeQuantity('0.5')).toBe('500m');
  expect(normalizeQuantity('1024Mi')).toBe('1Gi');
  expect(normalizeQuantity('256Mi')).toBe('256Mi');
  expect(() => normalizeQuantity('lots')).toThrow(ERR_FORMAT_WRONG);
});

test('property: any text either parses (and re-parses its printed form to the same value) or fails with QuantityParseError', () => {
  const chars = fc.constantFrom('0', '1', '5', '9', '.', '-', '+', 'e', 'E', 'i', 'K', 'M', 'G', 'm', 'k', 'n', 'u', 'x', ' ');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 10 }).map((cs) => cs.join('')), (text) => {
      const q = tryParseQuantity(text);
      if (q === undefined) {
        expect(() => parseQuantity(text)).toThrow(QuantityParseError);
        return;
      }
      expect(parseQuantity(q.toString()).equals(q)).toBe(true);
    }),
    { numRuns: 3000 },
  );
});
