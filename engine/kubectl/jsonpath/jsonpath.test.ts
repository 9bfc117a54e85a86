// Table tests for the JSONPath engine, cases named and taken from
// staging/src/k8s.io/client-go/util/jsonpath/jsonpath_test.go (TestTypesInput, TestStructInput,
// TestJSONInput, TestKubernetes, TestEmptyRange, TestNestedRanges). Go structs there become JSON maps
// here, so their JSON renderings list keys sorted, as json.Marshal does for maps.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { executeJsonPath, printJsonPath } from './jsonpath.ts';

const types = {
  bools: [true, false, true, false],
  integers: [1, 2, 3, 4],
  floats: [1.0, 2.2, 3.3, 4.0],
  strings: ['one', 'two', 'three', 'four'],
  interfaces: [true, 'one', 1, 1.1],
  maps: [{ name: 'one', value: 1 }, { name: 'two', value: 2.02 }, { name: 'three', value: 3.03 }, { name: 'four', value: 4.04 }],
};

const store = {
  Name: 'jsonpath',
  Book: [
    { Category: 'reference', Author: 'Nigel Rees', Title: 'Sayings of the Centurey', Price: 8.95 },
    { Category: 'fiction', Author: 'Evelyn Waugh', Title: 'Sword of Honour', Price: 12.99 },
    { Category: 'fiction', Author: 'Herman Melville', Title: 'Moby Dick', Price: 8.99 },
  ],
  Bicycle: [{ Color: 'red', Price: 19.95, IsNew: true }, { Color: 'green', Price: 20.01, IsNew: false }],
  Labels: { engieer: 10, 'web/html': 15, 'k8s-app': 20 },
  Employees: { jason: 'manager', dan: 'clerk' },
};

const points = [
  { id: 'i1', x: 4, y: -5 }, { id: 'i2', x: -2, y: -5, z: 1 }, { id: 'i3', x: 8, y: 3 },
  { id: 'i4', x: -6, y: -1 }, { id: 'i5', x: 0, y: 2, z: 1 }, { id: 'i6', x: 1, y: 4 },
];

const nodes = {
  kind: 'List',
  items: [
    { kind: 'None', metadata: { name: '127.0.0.1', labels: { 'kubernetes.io/hostname': '127.0.0.1' } },
      status: { capacity: { cpu: '4' }, ready: true, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] } },
    { kind: 'None', metadata: { name: '127.0.0.2', labels: { 'kubernetes.io/hostname': '127.0.0.2' } },
      status: { capacity: { cpu: '8' }, ready: false, addresses: [
        { type: 'LegacyHostIP', address: '127.0.0.2' }, { type: 'another', address: '127.0.0.3' }] } },
  ],
  users: [{ name: 'myself', user: {} }, { name: 'e2e', user: { username: 'admin', password: 'secret' } }],
};

const nested = { items: [{ metadata: { name: 'pod1' }, spec: { containers: [
  { name: 'foo', another: [{ name: 'value1' }, { name: 'value2' }] },
  { name: 'bar', another: [{ name: 'value1' }, { name: 'value2' }] }] } }] };

type Case = [name: string, template: string, input: unknown, expected: string];

const cases: Case[] = [
  ['boolSlice', '{ .bools }', types, '[true,false,true,false]'],
  ['boolSliceIndex', '{ .bools[0] }', types, 'true'],
  ['boolSliceIndexReverse', '{ .bools[-1] }', types, 'false'],
  ['boolSubSlice', '{ .bools[0:2] }', types, 'true false'],
  ['boolSubSliceStep2', '{ .bools[:4:2] }', types, 'true true'],
  ['integerSlice', '{ .integers }', types, '[1,2,3,4]'],
  ['integerSliceIndexReverse', '{ .integers[-2] }', types, '3'],
  ['integerSubSliceStep2', '{ .integers[:4:2] }', types, '1 3'],
  ['floatSlice', '{ .floats }', types, '[1,2.2,3.3,4]'],
  ['floatSliceIndexReverse', '{ .floats[-2] }', types, '3.3'],
  ['floatSubSliceFirst2', '{ .floats[0:2] }', types, '1 2.2'],
  ['stringSlice', '{ .strings }', types, '["one","two","three","four"]'],
  ['stringSubSliceStep2', '{ .strings[:4:2] }', types, 'one three'],
  ['interfaceSlice', '{ .interfaces }', types, '[true,"one",1,1.1]'],
  ['interfaceSubSliceStep2', '{ .interfaces[:4:2] }', types, 'true 1'],
  ['mapSliceIndex', '{ .maps[0] }', types, '{"name":"one","value":1}'],
  ['mapSubSliceStepOdd', '{ .maps[::2] }', types, '{"name":"one","value":1} {"name":"three","value":3.03}'],
  ['mapSubSliceStepEven', '{ .maps[1::2] }', types, '{"name":"two","value":2.02} {"name":"four","value":4.04}'],
  ['plain', 'hello jsonpath', null, 'hello jsonpath'],
  ['recursive', '{..}', [1, 2, 3], '[1,2,3]'],
  ['filter', '{[?(@<5)]}', [2, 6, 3, 7], '2 3'],
  ['quote', '{"{"}', null, '{'],
  ['union', '{[1,3,4]}', [0, 1, 2, 3, 4], '1 3 4'],
  ['array', '{[0:2]}', ['Monday', 'Tudesday'], 'Monday Tudesday'],
  ['variable', 'hello {.Name}', store, 'hello jsonpath'],
  ['dict/', '{$.Labels.web/html}', store, '15'],
  ['dict/ employees', '{$.Employees.jason}', store, 'manager'],
  ['dict-', '{.Labels.k8s-app}', store, '20'],
  ['nest', '{.Bicycle[*].Color}', store, 'red green'],
  ['allarray', '{.Book[*].Author}', store, 'Nigel Rees Evelyn Waugh Herman Melville'],
  // Map values are visited in sorted key order (Color, IsNew, Price).
  ['allfields', '{range .Bicycle[*]}{ "{" }{ @.* }{ "} " }{end}', store, '{red true 19.95} {green false 20.01} '],
  ['recurfields', '{..Price}', store, '19.95 20.01 8.95 12.99 8.99'],
  ['recurdotfields', '{...Price}', store, '19.95 20.01 8.95 12.99 8.99'],
  ['allstructsSlice', '{.Bicycle}', store, '[{"Color":"red","IsNew":true,"Price":19.95},{"Color":"green","IsNew":false,"Price":20.01}]'],
  ['lastarray', '{.Book[-1:]}', store, '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}'],
  ['recurarray', '{..Book[2]}', store, '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}'],
  ['bool', '{.Bicycle[?(@.IsNew==true)]}', store, '{"Color":"red","IsNew":true,"Price":19.95}'],
  ['exists filter', '{[?(@.z)].id}', points, 'i2 i5'],
  ['bracket key', "{[0]['id']}", points, 'i1'],
  ['range item', '{range .items[*]}{.metadata.name}, {end}{.kind}', nodes, '127.0.0.1, 127.0.0.2, List'],
  ['range item with quote', '{range .items[*]}{.metadata.name}{"\\t"}{end}', nodes, '127.0.0.1\t127.0.0.2\t'],
  ['range addresss', '{.items[*].status.addresses[*].address}', nodes, '127.0.0.1 127.0.0.2 127.0.0.3'],
  ['double range', '{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}', nodes, '127.0.0.1, 127.0.0.2, 127.0.0.3, '],
  ['item name', '{.items[*].metadata.name}', nodes, '127.0.0.1 127.0.0.2'],
  ['union nodes capacity', "{.items[*]['metadata.name', 'status.capacity']}", nodes, '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}'],
  ['range nodes capacity', '{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}', nodes, '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] '],
  ['user password', '{.users[?(@.name=="e2e")].user.password}', nodes, 'secret'],
  ['hostname', '{.items[0].metadata.labels.kubernetes\\.io/hostname}', nodes, '127.0.0.1'],
  ['hostname filter', '{.items[?(@.metadata.labels.kubernetes\\.io/hostname=="127.0.0.1")].kind}', nodes, 'None'],
  ['bool item', '{.items[?(@..ready==true)].metadata.name}', nodes, '127.0.0.1'],
  ['nested range', '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}', nested, 'pod1:foo,bar,+'],
  ['whole object with empty action', '{}', { a: 1 }, '{"a":1}'],
  ['whole object with @', '{@}', { b: [1], a: 'x' }, '{"a":"x","b":[1]}'],
  ['null prints <nil>', '{.a}', { a: null }, '<nil>'],
  ['html characters escaped like json.Marshal', '{.a}', { a: { k: '<&>' } }, '{"k":"\\u003c\\u0026\\u003e"}'],
];

describe('executeJsonPath (jsonpath_test.go cases)', () => {
  for (const [name, template, input, expected] of cases) {
    it(name, () => expect(executeJsonPath(template, input)).toBe(expected));
  }
});

describe('missing keys', () => {
  it('nonexistent field prints nothing when allowed', () => {
    expect(executeJsonPath('{.hello}', store, { allowMissingKeys: true })).toBe('');
  });
  it('nonexistent field 2', () => {
    expect(executeJsonPath('before-{.hello}after', store, { allowMissingKeys: true })).toBe('before-after');
  });
  it('empty range without allowMissingKeys fails on the body', () => {
    expect(() => executeJsonPath('{range .items[*]}{.metadata.name}{end}', { items: [] })).toThrow('metadata is not found');
  });
  it('empty range', () => {
    expect(executeJsonPath('{range .items[*]}{.metadata.name}{end}', { items: [] }, { allowMissingKeys: true })).toBe('');
  });
  it('empty nested range', () => {
    const t = '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}';
    expect(executeJsonPath(t, { items: [] }, { allowMissingKeys: true })).toBe('');
  });
});

const failures: Case[] = [
  ['invalid identifier', '{hello}', store, 'unrecognized identifier hello'],
  ['nonexistent field', '{.hello}', store, 'hello is not found'],
  ['invalid array', '{.Labels[0]}', store, 'map[string]interface {} is not array or slice'],
  ['invalid filter operator', '{.Book[?(@.Price<>10)]}', store, 'unrecognized filter operator <>'],
  ['redundant end', '{range .Labels.*}{@}{end}{end}', store, 'not in range, nothing to end'],
  ['index out of bounds', '{.items[5]}', { items: [1] }, 'array index out of bounds: index 5, length 1'],
  ['float against int literal', '{[?(@.x<10)]}', [{ x: 1.5 }], 'incompatible types for comparison'],
  ['superrecurfields', '{............................................................Price}', store, 'invalid multiple recursive descent'],
  ['unclosed action', '{.a', {}, 'unclosed action'],
  ['unterminated array', '{.a[0}', {}, 'unterminated array'],
  ['invalid array index', '{.a[x]}', {}, 'invalid array index x'],
  ['unrecognized character', '{#}', {}, "unrecognized character in action: U+0023 '#'"],
];

describe('errors', () => {
  for (const [name, template, input, message] of failures) {
    it(name, () => expect(() => executeJsonPath(template, input)).toThrow(message));
  }
});

describe('printJsonPath (kubectl -o jsonpath)', () => {
  it('prints nothing for a missing key', () => {
    expect(printJsonPath('{.status.nothing}', { status: {} })).toEqual({ ok: true, text: '' });
  });
  it('reports parse errors like jsonpath_flags.go', () => {
    expect(printJsonPath('{.a', {})).toEqual({ ok: false, error: 'error parsing jsonpath {.a, unclosed action\n' });
  });
  it('reports execution errors like printers/jsonpath.go', () => {
    expect(printJsonPath('{.items[1]}', { items: ['a'] })).toEqual({ ok: false, error:
      'error executing jsonpath "{.items[1]}": Error executing template: array index out of bounds: index 1, length 1. '
      + 'Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.items[1]}\n'
      + '\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{"items":[]interface {}{"a"}}\n\n\n' });
  });
});

describe('properties', () => {
  const key = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
  it('{.k} on a map of strings prints the value', () => {
    fc.assert(fc.property(fc.dictionary(key, fc.stringMatching(/^[a-z ]*$/), { minKeys: 1 }), (obj) => {
      for (const [k, v] of Object.entries(obj)) expect(executeJsonPath(`{.${k}}`, obj)).toBe(v);
    }));
  });
  it('{.items[*].n} equals the items joined by a space', () => {
    fc.assert(fc.property(fc.array(fc.integer()), (ns) => {
      expect(executeJsonPath('{.items[*].n}', { items: ns.map((n) => ({ n })) })).toBe(ns.join(' '));
    }));
  });
  // With kubectl's allowMissingKeys: an empty range walks its body once with no data (Go's
  // FindResults), which only succeeds when missing keys are allowed.
  it('a range prints each item followed by its separator', () => {
    fc.assert(fc.property(fc.array(key), (names) => {
      const items = names.map((name) => ({ metadata: { name } }));
      expect(executeJsonPath('{range .items[*]}{.metadata.name}{"\\n"}{end}', { items }, { allowMissingKeys: true }))
        .toBe(names.map((n) => `${n}\n`).join(''));
    }));
  });
  it('literal text without braces is printed unchanged', () => {
    fc.assert(fc.property(fc.stringMatching(/^[^{]*$/), (text) => {
      expect(executeJsonPath(text, {})).toBe(text);
    }));
  });
});
