// Tests for the CrashLoopBackOff / image pull back-off schedule.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { Backoff, CONTAINER_BACKOFF } from './backoff.ts';

/** Simulates a container that crashes `runMs` after each start; returns the waits before restarts. */
function crashLoop(crashes: number, runMs: number): number[] {
  const b = new Backoff(CONTAINER_BACKOFF);
  const waits: number[] = [];
  let now = 0;
  for (let i = 0; i < crashes; i++) {
    const finishedAt = now + runMs;
    now = finishedAt;
    let restartAt = now;
    if (b.isInBackOffSince('c', finishedAt, now)) restartAt = b.retryAtMs('c', finishedAt);
    b.next('c', finishedAt, restartAt);
    waits.push(restartAt - finishedAt);
    now = restartAt;
  }
  return waits;
}

test('first restart is immediate, then 10s, 20s, 40s ... capped at 300s', () => {
  expect(crashLoop(9, 0)).toEqual([0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
});

test('the window counts from finishedAt, so running a while before crashing does not skip it', () => {
  expect(crashLoop(3, 60_000)).toEqual([0, 10_000, 20_000]);
});

test('an entry expires after 600s of quiet: back to 10s', () => {
  const b = new Backoff(CONTAINER_BACKOFF);
  b.next('c', 0, 0);
  b.next('c', 1000, 1000);
  expect(b.get('c')).toBe(20_000);
  b.next('c', 601_001, 601_001);
  expect(b.get('c')).toBe(10_000);
});

test('property: windows never exceed the cap and double until they reach it', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 599_000 }), { minLength: 1, maxLength: 30 }), (gaps) => {
    const b = new Backoff(CONTAINER_BACKOFF);
    let t = 0;
    let previous = 0;
    for (const gap of gaps) {
      t += gap;
      b.next('k', t, t);
      const w = b.get('k');
      expect(w).toBe(previous === 0 ? 10_000 : Math.min(previous * 2, 300_000));
      previous = w;
    }
  }));
});
