import { test } from 'node:test';
import { expect } from 'expect';
import { SeededRandom } from './seeded-random.ts';

test('the same seed gives the same sequence; forks are independent of draws elsewhere', () => {
  const a = new SeededRandom(42);
  const b = new SeededRandom(42);
  expect(a.string(10, 'abc')).toBe(b.string(10, 'abc'));
  const fresh = new SeededRandom(42).fork('scheduler').int(1000);
  const parent = new SeededRandom(42);
  parent.int(10);
  expect(parent.fork('scheduler').int(1000)).toBe(fresh);
});

test('uuids have the version-4 shape', () => {
  expect(new SeededRandom(1).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('a uuid draws its digits exactly as int(16) and int(4) would, so the sequence of every seed is unchanged', () => {
  // The reference: the digit-by-digit draw through int().
  const HEX = '0123456789abcdef';
  const reference = (r: SeededRandom): string => {
    const d = (n: number): string => Array.from({ length: n }, () => HEX[r.int(16)]).join('');
    const a = d(8); const b = d(4); const c = d(3); const v = HEX[8 + r.int(4)]; const e = d(3); const f = d(12);
    return `${a}-${b}-4${c}-${v}${e}-${f}`;
  };
  for (let seed = 0; seed < 200; seed++) {
    const fast = new SeededRandom(seed);
    const slow = new SeededRandom(seed);
    for (let i = 0; i < 20; i++) expect(fast.uuid()).toBe(reference(slow));
    // Both streams stand at the same place afterwards.
    expect(fast.int(1000)).toBe(slow.int(1000));
  }
});
