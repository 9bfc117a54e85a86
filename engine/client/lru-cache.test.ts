import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { LruCache } from './lru-cache.ts';

test('the least recently used entry is dropped when the cache is full', () => {
  const lru = new LruCache<number>(2);
  lru.set('a', 1);
  lru.set('b', 2);
  expect(lru.get('a')).toBe(1); // a is now the most recent
  lru.set('c', 3);
  expect(lru.get('b')).toBeUndefined();
  expect([lru.get('a'), lru.get('c'), lru.size]).toEqual([1, 3, 2]);
});

test('property: the cache holds the last `capacity` distinct keys touched, with their latest values', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.nat(9))), (ops) => {
    const lru = new LruCache<number>(3);
    const touched: string[] = [];
    const latest = new Map<string, number>();
    for (const [isSet, key, value] of ops) {
      if (isSet) { lru.set(key, value); latest.set(key, value); } else if (lru.get(key) === undefined) continue;
      const at = touched.indexOf(key);
      if (at >= 0) touched.splice(at, 1);
      touched.push(key);
      if (touched.length > 3) latest.delete(touched.shift()!);
    }
    for (const key of ['a', 'b', 'c', 'd', 'e']) expect(lru.get(key)).toBe(touched.includes(key) ? latest.get(key) : undefined);
  }), { seed: 5 });
});
