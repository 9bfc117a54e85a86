import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { clone, deepFreeze, jsonEqual, shareUnchanged } from './object.ts';

test('equal subtrees become the stored ones, changed ones stay new', () => {
  const prev = deepFreeze({ spec: { replicas: 2, template: { labels: { app: 'web' } } }, status: { ready: 1 } });
  const next = clone(prev) as { spec: { replicas: number; template: object }; status: { ready: number } };
  next.spec.replicas = 3;
  const shared = shareUnchanged(next, prev);
  expect(shared).toBe(next);
  expect(shared.spec).not.toBe(prev.spec);
  expect(shared.spec.template).toBe(prev.spec.template);
  expect(shared.status).toBe(prev.status);
  expect(shareUnchanged(clone(prev), prev)).toBe(prev);
});

test('a key only one side has, or an unfrozen stored side, is never shared', () => {
  const prev = deepFreeze({ a: { x: 1 }, b: { y: 2 } });
  expect(shareUnchanged({ a: { x: 1 } }, prev)).not.toBe(prev);
  expect(shareUnchanged({ a: { x: 1 }, b: { y: 2 }, c: 1 }, prev)).not.toBe(prev);
  const loose = { a: { x: 1 } };
  expect(shareUnchanged({ a: { x: 1 } }, loose)).not.toBe(loose);
});

const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b'), fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('k', 'l', 'm'), tie('value'), { maxKeys: 3 })),
})).value;

test('property: the result is JSON-equal to the request, and is the stored object exactly when they are equal', () => {
  fc.assert(fc.property(json, json, (a, b) => {
    const prev = deepFreeze(clone(b));
    const next = clone(a);
    const expected = clone(a);
    const shared = shareUnchanged(next, prev);
    expect(jsonEqual(shared, expected)).toBe(true);
    if (typeof a === 'object' && a !== null) expect(shared === prev).toBe(jsonEqual(a, b));
  }), { seed: 9, numRuns: 300 });
});
