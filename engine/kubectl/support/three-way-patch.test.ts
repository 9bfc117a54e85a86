// Properties of apply's patch: after patching, the live object carries everything the manifest
// sets; no patch exactly when it already did; fields only the previous apply set are removed.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { applyPatch } from '../../api/patch.ts';
import { isSubset, threeWayPatch } from './three-way-patch.ts';

const key = fc.constantFrom('a', 'b', 'c', 'd');
const leaf = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('x', 'y'), fc.boolean());
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(leaf, { maxLength: 2 }), fc.dictionary(key, tie('v'), { maxKeys: 3 })),
})).v;
const object = fc.dictionary(key, value, { maxKeys: 4 });

describe('threeWayPatch', () => {
  it('patching makes the manifest a subset of the live object', () => {
    fc.assert(fc.property(object, object, object, (original, modified, current) => {
      const patch = threeWayPatch(original, modified, current);
      const result = patch === undefined ? current : applyPatch(current, 'merge', patch);
      expect(isSubset(modified, result)).toBe(true);
    }));
  });
  it('there is no patch when the live object already has the manifest and nothing was dropped', () => {
    fc.assert(fc.property(object, object, (modified, extra) => {
      const current = { ...extra, ...modified };
      expect(threeWayPatch(modified, modified, current)).toBeUndefined();
    }));
  });
  it('removes what only the previous apply set', () => {
    expect(threeWayPatch({ data: { a: '1', b: '2' } }, { data: { a: '1' } }, { data: { a: '1', b: '2', c: '3' } }))
      .toEqual({ data: { b: null } });
  });
  it('ignores fields the server defaulted', () => {
    const current = { spec: { containers: [{ name: 'web', image: 'nginx', imagePullPolicy: 'Always' }], restartPolicy: 'Always' } };
    expect(threeWayPatch(undefined, { spec: { containers: [{ name: 'web', image: 'nginx' }] } }, current)).toBeUndefined();
  });
});
