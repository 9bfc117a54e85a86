// Field paths render as field.Path.String() does, however they were built.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { FieldPath, path } from './field-path.ts';

test('children join with dots, indexes and keys with brackets', () => {
  expect(String(path('spec', 'containers').index(0).child('name'))).toBe('spec.containers[0].name');
  expect(String(path('metadata', 'labels').key('app'))).toBe('metadata.labels[app]');
  expect(String(path('spec').child('template').child('spec').child('volumes').index(12).child('configMap'))).toBe('spec.template.spec.volumes[12].configMap');
});

test('an empty name is no name, as in Go: NewPath("") renders [] (ValidateConfigMap\'s size error)', () => {
  expect(String(FieldPath.root(''))).toBe('[]');
  expect(String(FieldPath.root('').child('spec'))).toBe('[].spec');
  expect(String(FieldPath.root('').index(3))).toBe('[][3]');
  expect(String(path('spec', '', 'x'))).toBe('spec[].x');
});

/** field/path.go → Path.String, ported over a list of elements: each a name, or else an index. */
function goPathString(elems: readonly { name: string; index: string }[]): string {
  let buf = '';
  elems.forEach((e, i) => {
    if (i > 0 && e.name.length > 0) buf += '.';
    buf += e.name.length > 0 ? e.name : `[${e.index}]`;
  });
  return buf;
}

type Seg = { kind: 'child' | 'index' | 'key'; value: string | number };

test('property: a path renders what Go\'s Path.String renders for its elements, and renders it again unchanged', () => {
  const seg: fc.Arbitrary<Seg> = fc.oneof(
    fc.record({ kind: fc.constant('child' as const), value: fc.constantFrom('spec', 'name', 'a.b', '') }),
    fc.record({ kind: fc.constant('index' as const), value: fc.nat(20) }),
    fc.record({ kind: fc.constant('key' as const), value: fc.constantFrom('app', 'example.com/x', '') }),
  );
  fc.assert(fc.property(fc.constantFrom('', 'metadata', 'spec'), fc.array(seg, { maxLength: 6 }), (root, segs) => {
    let p = FieldPath.root(root);
    const elems: { name: string; index: string }[] = [{ name: root, index: '' }];
    for (const s of segs) {
      if (s.kind === 'child') { p = p.child(String(s.value)); elems.push({ name: String(s.value), index: '' }); }
      else if (s.kind === 'index') { p = p.index(Number(s.value)); elems.push({ name: '', index: String(s.value) }); }
      else { p = p.key(String(s.value)); elems.push({ name: '', index: String(s.value) }); }
    }
    const text = goPathString(elems);
    expect(p.toString()).toBe(text);
    expect(`${p}`).toBe(text);
  }), { numRuns: 300 });
});
