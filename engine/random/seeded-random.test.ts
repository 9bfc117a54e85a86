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
