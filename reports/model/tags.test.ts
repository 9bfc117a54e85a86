// Tests tag parsing for grading metadata, including the most-specific-wins rule.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { readScenarioTags } from './tags.ts';

test('reads every grading tag', () => {
  expect(readScenarioTags(['@points=5', '@rubric=rolling-update', '@hidden', '@extra-credit', '@seed=9'], 1))
    .toEqual({ points: 5, rubric: 'rolling-update', hidden: true, extraCredit: true, seed: 9 });
});

test('defaults when no tags; malformed points fall back to the default', () => {
  expect(readScenarioTags(['@points=x', '@wip'], 2))
    .toEqual({ points: 2, rubric: undefined, hidden: false, extraCredit: false, seed: undefined });
});

test('the last (most specific) @points wins', () => {
  fc.assert(fc.property(fc.array(fc.nat(100), { minLength: 1 }), (values) => {
    const tags = values.map((v) => `@points=${v}`);
    expect(readScenarioTags(tags, 1).points).toBe(values[values.length - 1]);
  }));
});
