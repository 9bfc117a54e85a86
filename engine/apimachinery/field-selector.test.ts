import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { FieldSelector, escapeValue, objectFieldGetter, unescapeValue } from './field-selector.ts';

const pod = { metadata: { name: 'web-1', namespace: 'default' }, spec: { nodeName: 'node-a' }, status: { phase: 'Pending' } };
const get = objectFieldGetter(pod);

const matching: Array<[name: string, selector: string, expected: boolean]> = [
  ['name equals', 'metadata.name=web-1', true],
  ['double equals', 'metadata.name==web-1', true],
  ['name differs', 'metadata.name=web-2', false],
  ['phase not running', 'status.phase!=Running', true],
  ['both terms', 'metadata.name=web-1,status.phase!=Running', true],
  ['one term fails', 'metadata.name=web-1,status.phase=Running', false],
  ['missing field is empty string', 'status.podIP=', true],
  ['missing field not equal to value', 'status.podIP!=10.0.0.1', true],
  ['empty selector', '', true],
  ['no trimming: spaces belong to the field', 'metadata.name = web-1', false],
];

for (const [name, selector, expected] of matching) {
  test(`field selector matches: ${name}`, () => {
    expect(FieldSelector.parse(selector).matches(get)).toBe(expected);
  });
}

test('field selector errors are worded like fields/selector.go', () => {
  expect(() => FieldSelector.parse('metadata.name')).toThrow("invalid selector: 'metadata.name'; can't understand 'metadata.name'");
  expect(() => FieldSelector.parse('a=b,c')).toThrow("invalid selector: 'a=b,c'; can't understand 'c'");
  expect(() => FieldSelector.parse('a=b=c')).toThrow('invalid field selector: unescaped character in value: 61');
  expect(() => FieldSelector.parse('a=b\\x')).toThrow('invalid field selector: invalid escape sequence: \\x');
  expect(() => FieldSelector.parse('a=b\\')).toThrow('invalid field selector: invalid escape sequence: \\');
});

test('field selector prints sorted terms with escaped values', () => {
  expect(FieldSelector.parse('status.phase!=Running,metadata.name==web').toString()).toBe('metadata.name=web,status.phase!=Running');
  expect(FieldSelector.parse('a=x\\,y').toString()).toBe('a=x\\,y');
  expect(FieldSelector.parse('a=x\\,y').requirements[0]?.value).toBe('x,y');
  expect(FieldSelector.parse('spec.nodeName=n1').requiresExactMatch('spec.nodeName')).toBe('n1');
  expect(FieldSelector.fromSet({ 'metadata.name': 'a' }).toString()).toBe('metadata.name=a');
});

test('property: unescape(escape(s)) = s', () => {
  fc.assert(fc.property(fc.string(), (s) => expect(unescapeValue(escapeValue(s))).toBe(s)));
});

test('property: parse(print(sel)) selects the same objects', () => {
  const term = fc.record({ f: fc.constantFrom('a', 'b.c', 'd'), op: fc.constantFrom('=', '!='), v: fc.string({ maxLength: 4 }) });
  fc.assert(
    fc.property(fc.array(term, { maxLength: 4 }), fc.dictionary(fc.constantFrom('a', 'b.c', 'd'), fc.string({ maxLength: 4 })), (terms, fields) => {
      const text = terms.map(({ f, op, v }) => `${f}${op}${escapeValue(v)}`).join(',');
      const s = FieldSelector.parse(text);
      const again = FieldSelector.parse(s.toString());
      const getter = (f: string): string | undefined => fields[f];
      expect(again.matches(getter)).toBe(s.matches(getter));
      expect(s.matches(getter)).toBe(terms.every(({ f, op, v }) => ((fields[f] ?? '') === v) === (op === '=')));
    }),
  );
});
