import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { AGGREGATE_INTERVAL_MS, EventAggregator } from './event-aggregator.ts';

const msg = (i: number): string => `Error creating: pods "web-${i}" is forbidden`;

test('nine distinct messages stay as they are; the tenth and later ones are combined', () => {
  const a = new EventAggregator();
  const out = Array.from({ length: 12 }, (_, i) => a.aggregate('rs/web Warning FailedCreate', msg(i), 1000 * i));
  expect(out.slice(0, 9).every((r) => !r.aggregated)).toBe(true);
  expect(out.slice(9)).toEqual([9, 10, 11].map((i) => ({ aggregated: true, message: `(combined from similar events): ${msg(i)}` })));
});

test('a repeated message does not count again; other keys are counted apart', () => {
  const a = new EventAggregator();
  for (let i = 0; i < 20; i++) expect(a.aggregate('k', 'same message', i)).toEqual({ aggregated: false });
  for (let i = 0; i < 9; i++) a.aggregate('k', msg(i), 100);
  expect(a.aggregate('other', msg(99), 100)).toEqual({ aggregated: false });
  expect(a.aggregate('k', msg(99), 100).aggregated).toBe(true);
});

test('a quiet spell longer than 10 minutes starts a fresh window', () => {
  const a = new EventAggregator();
  for (let i = 0; i < 9; i++) a.aggregate('k', msg(i), 0);
  expect(a.aggregate('k', msg(9), AGGREGATE_INTERVAL_MS + 1)).toEqual({ aggregated: false });
  expect(a.aggregate('k', msg(10), AGGREGATE_INTERVAL_MS + 2)).toEqual({ aggregated: false });
});

test('property: an event is combined exactly when it brings the window to 10 distinct messages', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 60 }), (ids) => {
    const a = new EventAggregator();
    const window: number[] = [];
    for (const id of ids) {
      if (!window.includes(id)) window.push(id);
      const expected = window.length >= 10;
      if (expected) window.shift();
      expect(a.aggregate('k', msg(id), 0).aggregated).toBe(expected);
    }
  }));
});
