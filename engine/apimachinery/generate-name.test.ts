import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { ALPHANUMS, generateName, type NameRandom } from './generate-name.ts';
import { fnv32a, Fnv32a } from './fnv.ts';
import { computeHash, safeEncodeString } from './safe-encode.ts';

const stub: NameRandom = { string: (n, alphabet) => alphabet.slice(0, n) };

test('generateName appends 5 characters from the no-vowel alphabet', () => {
  expect(generateName('web-7d9f-', stub)).toBe('web-7d9f-bcdfg');
  expect(generateName('', stub)).toBe('bcdfg');
});

test('generateName truncates the prefix to 58 characters', () => {
  const long = 'a'.repeat(70);
  expect(generateName(long, stub)).toBe(`${'a'.repeat(58)}bcdfg`);
  expect(generateName(long, stub).length).toBe(63);
});

test('generateName asks the injected random for 5 characters of the alphabet', () => {
  const calls: Array<[number, string]> = [];
  generateName('x-', { string: (n, a) => (calls.push([n, a]), 'zzzzz') });
  expect(calls).toEqual([[5, 'bcdfghjklmnpqrstvwxz2456789']]);
});

test('FNV-1a 32 test vectors (Go hash/fnv)', () => {
  expect(fnv32a('')).toBe(0x811c9dc5);
  expect(fnv32a('a')).toBe(0xe40c292c);
  expect(fnv32a('foobar')).toBe(0xbf9cf968);
  expect(new Fnv32a().writeString('foo').writeString('bar').sum32()).toBe(0xbf9cf968);
  expect(fnv32a(new Uint8Array([0x61]))).toBe(0xe40c292c);
});

test('SafeEncodeString maps digits onto the alphabet by code point mod 27', () => {
  expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  expect(safeEncodeString('')).toBe('');
});

test('computeHash encodes the decimal of the FNV hash; collisionCount changes it', () => {
  expect(computeHash('foobar')).toBe(safeEncodeString(String(0xbf9cf968)));
  expect(computeHash('foobar', 0)).not.toBe(computeHash('foobar'));
  expect(computeHash('foobar', 1)).not.toBe(computeHash('foobar', 0));
  const withCount = new Fnv32a().writeString('foobar').writeBytes(new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0])).sum32();
  expect(computeHash('foobar', 1)).toBe(safeEncodeString(String(withCount)));
});

test('property: hashes are 1-10 characters from the alphabet', () => {
  fc.assert(
    fc.property(fc.string(), fc.option(fc.nat(), { nil: undefined }), (s, c) => {
      const h = computeHash(s, c);
      expect(h.length >= 1 && h.length <= 10).toBe(true);
      expect([...h].every((ch) => ALPHANUMS.includes(ch))).toBe(true);
    }),
  );
});
