import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { LabelSelector, LabelSelectorError, type Labels } from './label-selector.ts';

const KEY_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

// Printed forms: requirements sorted by key, set values sorted (selector.go → String, safeSort).
const printed: Array<[name: string, input: string, expected: string]> = [
  ['the brief example', 'app=web,tier!=db,env in (a,b),!legacy,x', 'app=web,env in (a,b),!legacy,tier!=db,x'],
  ['empty is everything', '', ''],
  ['whitespace everywhere', '  x = a ,  y  in ( b , a ) ', 'x=a,y in (a,b)'],
  ['double equals kept', 'x==a,y==b', 'x==a,y==b'],
  ['empty exact value', 'x=', 'x='],
  ['empty exact values', 'x= ,z= ', 'x=,z='],
  ['not exists', '!x', '!x'],
  ['greater and less', 'x>1,z<5', 'x>1,z<5'],
  ['set values deduplicated', 'x in (b,a,b)', 'x in (a,b)'],
  ['empty set means the empty value', 'x in ()', 'x in ()'],
  ['leading comma adds the empty value', 'x in (,a)', 'x in (,a)'],
  ['keyword as a value', 'x in (in,notin)', 'x in (in,notin)'],
  ['prefixed key', 'app.kubernetes.io/name=web', 'app.kubernetes.io/name=web'],
  ['notin', 'env notin (prod)', 'env notin (prod)'],
];

for (const [name, input, expected] of printed) {
  test(`label selector prints: ${name}`, () => {
    expect(LabelSelector.parse(input).toString()).toBe(expected);
  });
}

const rejected: Array<[name: string, input: string, message: string]> = [
  ['double pipe is part of the value', 'x=a||y=b', `unable to parse requirement: values[0][x]: Invalid value: "a||y": ${VALUE_MSG}`],
  ['chained equals', 'x==a==b', "found '==', expected: ',' or 'end of string'"],
  ['not with value', '!x=a', "found '=', expected: ',' or 'end of string'"],
  ['lt with non-integer', 'x<a', `unable to parse requirement: values[0]: Invalid value: "a": for 'Gt', 'Lt' operators, the value must be an integer`],
  ['space inside a value', 'app=a b', "found 'b', expected: ',' or 'end of string'"],
  ['trailing comma', 'x=a,', "found '', expected: identifier after ','"],
  ['starts with comma', ',x', "found ',', expected: !, identifier, or 'end of string'"],
  ['in without parenthesis', 'x in a', "unable to parse requirement: found 'a' expected: '('"],
  ['unclosed set', 'x in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
  ['operator in set', 'x in (a,=)', "unable to parse requirement: found '=', expected: ',', or identifier"],
  ['set starts with operator', 'x in (=)', "unable to parse requirement: found '=', expected: ',', ')' or identifier"],
  ['unknown operator', 'x y', "unable to parse requirement: found 'y', expected: in, notin, =, ==, !=, gt, lt"],
  ['bang alone', '!', "unable to parse requirement: found '', expected: identifier"],
  ['invalid key', '-x=a', `unable to parse requirement: <nil>: Invalid value: "-x": ${KEY_MSG}`],
  ['invalid value', 'x=-a', `unable to parse requirement: values[0][x]: Invalid value: "-a": ${VALUE_MSG}`],
];

for (const [name, input, message] of rejected) {
  test(`label selector rejects ${name} (${JSON.stringify(input)})`, () => {
    expect(() => LabelSelector.parse(input)).toThrow(message);
    try {
      LabelSelector.parse(input);
    } catch (err) {
      expect((err as Error).message).toBe(message);
    }
  });
}

test('label selector matching by operator', () => {
  const labels = { app: 'web', tier: 'frontend', n: '7' };
  const cases: Array<[string, boolean]> = [
    ['app=web', true], ['app==web', true], ['app=api', false], ['app!=api', true], ['missing!=x', true],
    ['app in (web,api)', true], ['app in (api)', false], ['missing in (a)', false],
    ['app notin (api)', true], ['app notin (web)', false], ['missing notin (a)', true],
    ['app', true], ['missing', false], ['!missing', true], ['!app', false],
    ['n>5', true], ['n<5', false], ['app>1', false], ['missing>1', false],
    ['app=web,tier=frontend', true], ['app=web,tier=backend', false], ['', true],
  ];
  for (const [selector, expected] of cases) expect([selector, LabelSelector.parse(selector).matches(labels)]).toEqual([selector, expected]);
});

test('everything and nothing (LabelSelectorAsSelector)', () => {
  expect(LabelSelector.fromSpec(undefined).matches({ a: 'b' })).toBe(false);
  expect(LabelSelector.fromSpec(null).matches({})).toBe(false);
  expect(LabelSelector.fromSpec({}).matches({ a: 'b' })).toBe(true);
  expect(LabelSelector.fromSpec({ matchLabels: {}, matchExpressions: [] }).isEmpty()).toBe(true);
  expect(LabelSelector.nothing().toString()).toBe('');
  expect(LabelSelector.nothing().isEmpty()).toBe(false);
  expect(LabelSelector.everything().matches(undefined)).toBe(true);
});

test('selector from a spec prints sorted and matches', () => {
  const s = LabelSelector.fromSpec({
    matchLabels: { tier: 'web', app: 'shop' },
    matchExpressions: [
      { key: 'env', operator: 'In', values: ['prod', 'canary'] },
      { key: 'legacy', operator: 'DoesNotExist' },
      { key: 'zone', operator: 'Exists' },
      { key: 'track', operator: 'NotIn', values: ['beta'] },
    ],
  });
  expect(s.toString()).toBe('app=shop,env in (canary,prod),!legacy,tier=web,track notin (beta),zone');
  expect(s.matches({ app: 'shop', tier: 'web', env: 'prod', zone: 'a' })).toBe(true);
  expect(s.matches({ app: 'shop', tier: 'web', env: 'prod', zone: 'a', legacy: '' })).toBe(false);
  expect(LabelSelector.fromSet({ b: '2', a: '1' }).toString()).toBe('a=1,b=2');
});

test('spec selector errors are worded like NewRequirement', () => {
  expect(() => LabelSelector.fromSpec({ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] })).toThrow(
    '"Gt" is not a valid label selector operator',
  );
  expect(() => LabelSelector.fromSpec({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).toThrow(
    "values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty",
  );
  expect(() => LabelSelector.fromSpec({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] })).toThrow(
    'values: Invalid value: []string{"x"}: values set must be empty for exists and does not exist',
  );
  expect(() => LabelSelector.fromSpec({ matchLabels: { 'bad key': 'v' } })).toThrow(`key: Invalid value: "bad key": ${KEY_MSG}`);
  expect(() => LabelSelector.fromSpec({ matchLabels: { '-k': '-v' } })).toThrow(
    `[key: Invalid value: "-k": ${KEY_MSG}, values[0][-k]: Invalid value: "-v": ${VALUE_MSG}]`,
  );
});

// ---- properties: a naive model of requirements, printed, parsed back, compared by matching ----
type ModelReq = { key: string; op: 'in' | 'notin' | '=' | '!=' | 'exists' | '!'; values: string[] };
const key = fc.constantFrom('app', 'tier', 'env', 'a.b/c', 'x');
const value = fc.constantFrom('', 'web', 'db', 'a', 'b-1', 'in');
const modelReq: fc.Arbitrary<ModelReq> = fc.oneof(
  fc.record({ key, op: fc.constantFrom('in' as const, 'notin' as const), values: fc.uniqueArray(value, { minLength: 1, maxLength: 3 }) }),
  fc.record({ key, op: fc.constantFrom('=' as const, '!=' as const), values: value.map((v) => [v]) }),
  fc.record({ key, op: fc.constantFrom('exists' as const, '!' as const), values: fc.constant([] as string[]) }),
);
const labelSet: fc.Arbitrary<Labels> = fc.dictionary(key, value, { maxKeys: 5 });

function modelMatches(reqs: ModelReq[], labels: Labels): boolean {
  return reqs.every(({ key: k, op, values }) => {
    const v = Object.hasOwn(labels, k) ? labels[k] : undefined;
    if (op === 'exists') return v !== undefined;
    if (op === '!') return v === undefined;
    if (op === 'in' || op === '=') return v !== undefined && values.includes(v);
    return v === undefined || !values.includes(v);
  });
}

function modelText(reqs: ModelReq[]): string {
  return reqs
    .map(({ key: k, op, values }) => {
      if (op === 'exists') return k;
      if (op === '!') return `!${k}`;
      if (op === 'in' || op === 'notin') return `${k} ${op} (${values.join(',')})`;
      return `${k}${op}${values[0]}`;
    })
    .join(',');
}

test('property: matching agrees with a naive model', () => {
  fc.assert(
    fc.property(fc.array(modelReq, { maxLength: 5 }), labelSet, (reqs, labels) => {
      expect(LabelSelector.parse(modelText(reqs)).matches(labels)).toBe(modelMatches(reqs, labels));
    }),
  );
});

test('property: parse(print(s)) matches exactly what s matches, and printing is a fixpoint', () => {
  fc.assert(
    fc.property(fc.array(modelReq, { maxLength: 5 }), fc.array(labelSet, { maxLength: 8 }), (reqs, sets) => {
      const s = LabelSelector.parse(modelText(reqs));
      const again = LabelSelector.parse(s.toString());
      expect(again.toString()).toBe(s.toString());
      for (const labels of sets) expect(again.matches(labels)).toBe(s.matches(labels));
    }),
  );
});

test('property: any text either parses to a selector whose printed form is a fixpoint, or fails with LabelSelectorError', () => {
  const chars = fc.constantFrom('a', 'b', 'x', '=', '!', '(', ')', ',', ' ', 'in', 'notin', '-', '.', '/', '1', '>', '<');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 14 }).map((cs) => cs.join('')), (text) => {
      let s: LabelSelector;
      try {
        s = LabelSelector.parse(text);
      } catch (err) {
        expect(err).toBeInstanceOf(LabelSelectorError);
        return;
      }
      expect(LabelSelector.parse(s.toString()).toString()).toBe(s.toString());
    }),
    { numRuns: 2000 },
  );
});
