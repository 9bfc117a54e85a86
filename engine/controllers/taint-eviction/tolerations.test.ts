import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Toleration } from 'kubernetes-types/core/v1';
import { getMatchingTolerations, getMinTolerationTimeMs, toleratesTaint } from './tolerations.ts';

const unreachable = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };

test('ToleratesTaint: empty effect or key match any, Exists ignores the value, "" is Equal', () => {
  expect(toleratesTaint({ operator: 'Exists' }, unreachable)).toBe(true);
  expect(toleratesTaint({ key: 'node.kubernetes.io/unreachable', operator: 'Exists' }, unreachable)).toBe(true);
  expect(toleratesTaint({ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoSchedule' }, unreachable)).toBe(false);
  expect(toleratesTaint({ key: 'dedicated', value: 'db' }, { key: 'dedicated', value: 'db', effect: 'NoExecute' })).toBe(true);
  expect(toleratesTaint({ key: 'dedicated', operator: 'Equal', value: 'web' }, { key: 'dedicated', value: 'db', effect: 'NoExecute' })).toBe(false);
});

test('GetMatchingTolerations: every taint needs a toleration, and the first matching one is used', () => {
  const first: Toleration = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };
  const second: Toleration = { operator: 'Exists', tolerationSeconds: 10 };
  expect(getMatchingTolerations([unreachable], [first, second])).toEqual({ allTolerated: true, used: [first] });
  expect(getMatchingTolerations([unreachable, { key: 'other', effect: 'NoExecute' }], [first])).toEqual({ allTolerated: false, used: [] });
  expect(getMatchingTolerations([], [])).toEqual({ allTolerated: true, used: [] });
});

test('getMinTolerationTime: none → 0, any ≤ 0 → 0, none set → forever (-1), else the shortest', () => {
  expect(getMinTolerationTimeMs([])).toBe(0);
  expect(getMinTolerationTimeMs([{ operator: 'Exists' }])).toBe(-1);
  expect(getMinTolerationTimeMs([{ tolerationSeconds: 300 }, { tolerationSeconds: 30 }, { operator: 'Exists' }])).toBe(30_000);
  expect(getMinTolerationTimeMs([{ tolerationSeconds: 300 }, { tolerationSeconds: -5 }])).toBe(0);
});

test('property: the minimum toleration time is the smallest positive tolerationSeconds, 0 once one is ≤ 0, -1 when none is set', () => {
  const toleration = fc.option(fc.integer({ min: -100, max: 100_000 }), { nil: undefined })
    .map((s): Toleration => (s === undefined ? { operator: 'Exists' } : { operator: 'Exists', tolerationSeconds: s }));
  fc.assert(fc.property(fc.array(toleration, { minLength: 1, maxLength: 8 }), (tolerations) => {
    const seconds = tolerations.flatMap((t) => (t.tolerationSeconds === undefined ? [] : [t.tolerationSeconds]));
    const want = seconds.length === 0 ? -1 : seconds.some((s) => s <= 0) ? 0 : Math.min(...seconds) * 1000;
    expect(getMinTolerationTimeMs(tolerations)).toBe(want);
  }));
});
