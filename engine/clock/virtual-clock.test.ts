import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { VirtualClock } from './virtual-clock.ts';

test('tasks run in (due time, scheduling order) and time jumps to each due time', () => {
  const clock = new VirtualClock();
  const ran: string[] = [];
  clock.schedule(20, 't', () => ran.push(`b@${clock.nowMs()}`));
  clock.schedule(10, 't', () => ran.push(`a@${clock.nowMs()}`));
  clock.schedule(20, 't', () => ran.push(`c@${clock.nowMs()}`));
  clock.advance(25);
  expect(ran).toEqual(['a@10', 'b@20', 'c@20']);
  expect(clock.nowMs()).toBe(25);
});

test('a cancelled task never runs and no longer counts as pending work', () => {
  const clock = new VirtualClock();
  let ran = false;
  const h = clock.schedule(5, 't', () => { ran = true; });
  expect(clock.hasPendingWork()).toBe(true);
  clock.cancel(h);
  expect(clock.hasPendingWork()).toBe(false);
  clock.advance(10);
  expect(ran).toBe(false);
});

test('timers do not count as pending work', () => {
  const clock = new VirtualClock();
  clock.schedule(5, 'heartbeat', () => undefined, 'timer');
  expect(clock.hasPendingWork()).toBe(false);
  expect(clock.nextDueMs()).toBe(5);
});

test('tasks scheduled by a task at the same instant run within the same advance', () => {
  const clock = new VirtualClock();
  const ran: number[] = [];
  clock.schedule(0, 't', () => clock.schedule(0, 't', () => ran.push(clock.nowMs())));
  clock.runDue();
  expect(ran).toEqual([0]);
});

test('property: any set of delays runs sorted by (delay, insertion order)', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 60 }), (delays) => {
    const clock = new VirtualClock();
    const ran: number[] = [];
    delays.forEach((d, i) => clock.schedule(d, 't', () => ran.push(i)));
    clock.advance(1000);
    const expected = delays.map((d, i) => [d, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
    expect(ran).toEqual(expected);
  }));
});
