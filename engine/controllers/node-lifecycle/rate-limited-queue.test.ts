import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { RateLimitedTimedQueue } from './rate-limited-queue.ts';
import { TokenBucket } from './token-bucket.ts';

test('a full bucket at 0.1 qps lets one node through at once, then one every 10 s', () => {
  const q = new RateLimitedTimedQueue(new TokenBucket(0.1, 1, 0));
  for (const n of ['a', 'b', 'c']) q.add(n, `uid-${n}`, 0);
  const done: string[] = [];
  const tryAt = (ms: number): void => q.try(ms, (v) => { done.push(`${v.value}@${ms}`); return { ok: true }; });
  for (const ms of [0, 100, 9_900, 10_000, 15_000, 20_000]) tryAt(ms);
  expect(done).toEqual(['a@0', 'b@10000', 'c@20000']);
  expect(q.length).toBe(0);
});

test('a processed node is not queued again until it is removed', () => {
  const q = new RateLimitedTimedQueue(new TokenBucket(0.1, 1, 0));
  expect(q.add('a', 'u', 0)).toBe(true);
  q.try(0, () => ({ ok: true }));
  expect(q.add('a', 'u', 1_000)).toBe(false);
  expect(q.remove('a')).toBe(true);
  expect(q.add('a', 'u', 1_000)).toBe(true);
});

test('a failed action is retried after its wait; swapping to 0 qps stops the queue', () => {
  const q = new RateLimitedTimedQueue(new TokenBucket(0.1, 1, 0));
  q.add('a', 'u', 0);
  let calls = 0;
  q.try(0, () => (++calls === 1 ? { ok: false, waitMs: 50 } : { ok: true }));
  expect(q.nextTryMs(0)).toBe(10_000);
  q.try(10_000, () => (++calls, { ok: true }));
  expect(calls).toBe(2);
  q.add('b', 'u', 10_000);
  q.swapLimiter(0, 10_000);
  expect(q.nextTryMs(30_000)).toBeUndefined();
  q.try(30_000, () => { throw new Error('must not run'); });
  expect(q.length).toBe(1);
});

test('swapping limiters keeps an exhausted bucket exhausted (burst 1)', () => {
  const q = new RateLimitedTimedQueue(new TokenBucket(0.1, 1, 0));
  q.add('a', 'u', 0);
  q.try(0, () => ({ ok: true }));
  q.swapLimiter(0.01, 0);
  q.add('b', 'u', 0);
  expect(q.nextTryMs(0)).toBe(100_000);
});

test('property: over any span, a burst-1 bucket accepts at most 1 + elapsed·qps tokens', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 30_000 }), { minLength: 1, maxLength: 40 }), (gaps) => {
    const bucket = new TokenBucket(0.1, 1, 0);
    let now = 0;
    let accepted = 0;
    for (const gap of gaps) {
      now += gap;
      if (bucket.tryAccept(now)) accepted++;
    }
    expect(accepted).toBeLessThanOrEqual(1 + Math.floor(now / 10_000));
  }));
});
