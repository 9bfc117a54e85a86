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

test('an empty root adds no leading dot', () => {
  expect(String(FieldPath.root('').child('spec'))).toBe('spec');
  expect(String(FieldPath.root('').index(3))).toBe('[3]');
});

type Seg = { kind: 'child' | 'index' | 'key'; value: string | number };

test('a path renders the same text as the segments concatenated eagerly, and renders it again unchanged', () => {
  const seg: fc.Arbitrary<Seg> = fc.oneof(
    fc.record({ kind: fc.constant('child' as const), value: fc.constantFrom('spec', 'name', 'a.b', '') }),
    fc.record({ kind: fc.constant('index' as const), value: fc.nat(20) }),
    fc.record({ kind: fc.constant('key' as const), value: fc.constantFrom('app', 'example.com/x', '') }),
  );
  fc.assert(fc.property(fc.constantFrom('', 'metadata', 'spec'), fc.array(seg, { maxLength: 6 }), (root, segs) => {
    let p = FieldPath.root(root);
    let text: string = root;
    for (const s of segs) {
      if (s.kind === 'child') { p = p.child(String(s.value)); text = text === '' ? String(s.value) : `${text}.${s.value}`; }
      else if (s.kind === 'index') { p = p.index(Number(s.value)); text = `${text}[${s.value}]`; }
      else { p = p.key(String(s.value)); text = `${text}[${s.value}]`; }
    }
    expect(p.toString()).toBe(text);
    expect(`${p}`).toBe(text);
  }), { numRuns: 300 });
});
