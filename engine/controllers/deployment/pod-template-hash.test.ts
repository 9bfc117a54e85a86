import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { Fnv32a, safeEncodeString } from '../replicaset/shims/hash.ts';
import { computeHash } from './pod-template-hash.ts';
import { equalIgnoreHash } from './replica-sets.ts';
import { deployment } from './test-fixtures.ts';
import { clone } from '../../apimachinery/object.ts';

describe('pod-template-hash', () => {
  it('FNV-1a 32 test vectors', () => {
    const h = (s: string) => { const f = new Fnv32a(); f.writeString(s); return f.sum32(); };
    expect([h(''), h('a'), h('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
  });
  it('SafeEncodeString maps digits onto the vowel-free alphabet', () => {
    expect(safeEncodeString('1234567890')).toBe('56789bcdf4');
  });
  it('is stable, uses only the safe alphabet and changes with the template and collisionCount', () => {
    const t = deployment('web').spec?.template;
    const other = deployment('web', { image: 'nginx:1.28' }).spec?.template;
    expect(computeHash(t, undefined)).toBe(computeHash(clone(t), undefined));
    expect(computeHash(t, undefined)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
    expect(computeHash(t, undefined)).not.toBe(computeHash(other, undefined));
    expect(computeHash(t, 1)).not.toBe(computeHash(t, undefined));
  });
  it('key order and empty collections do not change the hash', () => {
    const a = { metadata: { labels: { a: '1', b: '2' } }, spec: { containers: [{ name: 'c', image: 'i' }], volumes: [] } };
    const b = { spec: { containers: [{ image: 'i', name: 'c' }] }, metadata: { labels: { b: '2', a: '1' } } };
    expect(computeHash(a, undefined)).toBe(computeHash(b, undefined));
  });
  it('EqualIgnoreHash ignores only the pod-template-hash label', () => {
    const t = deployment('web').spec!.template;
    const withHash = clone(t);
    withHash.metadata!.labels!['pod-template-hash'] = 'abc';
    expect(equalIgnoreHash(t, withHash)).toBe(true);
    withHash.metadata!.labels!.tier = 'x';
    expect(equalIgnoreHash(t, withHash)).toBe(false);
  });
  it('property: distinct images give distinct hashes (no collisions in small samples)', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 20 }), (images) => {
      const hashes = images.map((image) => computeHash(deployment('web', { image }).spec?.template, undefined));
      expect(new Set(hashes).size).toBe(images.length);
    }), { numRuns: 50 });
  });
});
