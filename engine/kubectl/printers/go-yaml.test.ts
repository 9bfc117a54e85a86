// Golden YAML as kubectl -o yaml prints it (sigs.k8s.io/yaml over go-yaml v2).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { parse } from 'yaml';
import { goYamlMarshal } from './go-yaml.ts';
import { sortYamlKeys } from './yaml-key-order.ts';
import { asList } from './list.ts';

describe('goYamlMarshal', () => {
  it('a pod: sorted keys, quoted timestamps and numeric strings, indentless sequences', () => {
    const pod = {
      kind: 'Pod', apiVersion: 'v1',
      metadata: { name: 'web', namespace: 'default', resourceVersion: '12', creationTimestamp: '2025-01-01T00:00:00Z',
        labels: { app: 'web' }, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1"}\n' } },
      spec: { containers: [{ name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }] }], tolerations: [] },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastProbeTime: null }] },
    };
    expect(goYamlMarshal(pod)).toBe(`apiVersion: v1
kind: Pod
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1"}
  creationTimestamp: "2025-01-01T00:00:00Z"
  labels:
    app: web
  name: web
  namespace: default
  resourceVersion: "12"
spec:
  containers:
  - image: nginx:1.25
    name: web
    ports:
    - containerPort: 80
      protocol: TCP
  tolerations: []
status:
  conditions:
  - lastProbeTime: null
    status: "True"
    type: Ready
  phase: Running
`);
  });

  it('an empty list', () => {
    expect(goYamlMarshal(asList([]))).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  });

  const scalars: Array<[string, string, string]> = [
    ['plain word', 'nginx', 'nginx'],
    ['empty string', '', '""'],
    ['number-like', '8080', '"8080"'],
    ['old boolean', 'yes', '"yes"'],
    ['null word', 'null', '"null"'],
    ['float-like', '1.5', '"1.5"'],
    ['date', '2025-01-01', '"2025-01-01"'],
    ['flow indicator start', '{"a":1}', `'{"a":1}'`],
    ['alias indicator', '*', "'*'"],
    ['colon space inside', 'a: b', "'a: b'"],
    ['dash word', '-c', '-c'],
    ['single quote inside plain', "it's", "it's"],
    ['single quote needing quotes', "'x'", `'''x'''`],
    ['tab needs double quotes', 'a\tb', '"a\\tb"'],
    ['trailing space', 'a ', "'a '"],
    ['literal without final newline', 'a\nb', '|-\n  a\n  b'],
    // Checked against sigs.k8s.io/yaml 1.3.0 over gopkg.in/yaml.v2 2.4.0 (Debian's), as were 50,000
    // random objects: alike but where Go's own key order is not deterministic (see yaml-key-order.ts).
    ['merge key is a plain string for resolve', '<<', '<<'],
    ['binary with a sign after 0b', '0b-10', '"0b-10"'],
    ['negative binary', '-0b10', '"-0b10"'],
    ['hex past uint64 is a string', '0x1FFFFFFFFFFFFFFFF', '0x1FFFFFFFFFFFFFFFF'],
    ['hex at uint64 max', '0xFFFFFFFFFFFFFFFF', '"0xFFFFFFFFFFFFFFFF"'],
    ['negative hex at int64 min', '-0x8000000000000000', '"-0x8000000000000000"'],
    ['negative hex past int64 min', '-0x8000000000000001', '-0x8000000000000001'],
    ['float that overflows is a string', '1e999', '1e999'],
    ['float that underflows is 0', '1e-999', '"1e-999"'],
    ['underscores dropped before parsing', '0x_1', '"0x_1"'],
    ['a bare prefix', '0b', '0b'],
    ['a leading BOM escapes every character (yaml.v2 is_bom looks at the start)', '\ufeffa b', '"\\uFEFF\\x61\\x20\\x62"'],
    ['a line separator in single quotes restarts the line at the indentation', 'x\u2028y', "'x\u2028  y'"],
    ['a space after a line separator rules out single quotes', 'a\u2028 b', '"a\\L b"'],
  ];
  for (const [name, input, want] of scalars) {
    it(`scalar: ${name}`, () => expect(goYamlMarshal({ k: input })).toBe(`k: ${want}\n`));
  }

  it('writes a key of more than 128 bytes, or one spanning lines, as a complex key (as go-yaml does)', () => {
    const k = 'k'.repeat(129);
    expect(goYamlMarshal({ data: { [k]: 'v', short: 'x' } })).toBe(`data:\n  ? ${k}\n  : v\n  short: x\n`);
    expect(goYamlMarshal({ [k]: { a: 1, b: [1, 2] }, z: 1 })).toBe(`? ${k}\n: a: 1\n  b:\n  - 1\n  - 2\nz: 1\n`);
    expect(goYamlMarshal({ [k]: [{ a: 1 }, 2] })).toBe(`? ${k}\n: - a: 1\n  - 2\n`);
    expect(goYamlMarshal([{ [k]: 1 }])).toBe(`- ? ${k}\n  : 1\n`);
    expect(goYamlMarshal({ ['k'.repeat(128)]: 1 })).toBe(`${'k'.repeat(128)}: 1\n`);
    expect(goYamlMarshal({ ['é'.repeat(65)]: 1 })).toBe(`? ${'é'.repeat(65)}\n: 1\n`);
    expect(goYamlMarshal({ 'x-\néb': true })).toBe('? |-\n  x-\n  éb\n: true\n');
  });

  it('folds long plain text at the first space after column 80', () => {
    const message = 'word '.repeat(20).trim();
    expect(goYamlMarshal({ message })).toBe(
      'message: word word word word word word word word word word word word word word word\n  word word word word word\n');
  });

  it('sorts keys as yaml.v2 does: digit runs numerically', () => {
    expect(sortYamlKeys(['b', 'a10', 'a2', 'A', '_x'])).toEqual(['_x', 'A', 'a2', 'a10', 'b']);
  });

  it('round-trips through a YAML parser', () => {
    // (The npm parser's YAML 1.1 mode also reads "e0" as a float; go-yaml does not.)
    const key = fc.stringMatching(/^[a-df-zA-DF-Z][a-zA-Z0-9.\-/]{0,10}$/);
    // Strings starting with a digit, sign or dot are left to the table above: YAML 1.1 parsers read
    // some of them ("." for one) as floats where go-yaml's resolve keeps them strings.
    const text = fc.string().filter((s) => !/^([-+.0-9]|[eE][0-9])/.test(s));
    const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null),
      fc.constantFrom('true', '123', '2025-01-01T00:00:00Z', '', ' x', 'a: b', '#x', 'line\nline\n', 'é', '1:30'));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 3 })),
    })).v;
    fc.assert(fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), (obj) => {
      expect(parse(goYamlMarshal(obj), { version: '1.1' })).toEqual(obj);
    }), { numRuns: 300 });
  });
});
