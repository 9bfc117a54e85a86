import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { getPodsToDelete } from './pod-ranking.ts';
import { pod, type PodOpts } from './test-pods.ts';

const NOW_MS = 100_000_000; // ~27.7 h after the virtual epoch
const first = (a: PodOpts, b: PodOpts, related = true): string => {
  const pods = [pod('a', { node: 'n1', ...a }), pod('b', { node: 'n2', ...b })];
  return getPodsToDelete(pods, related ? pods : [], 1, NOW_MS)[0]?.metadata?.name ?? '';
};

describe('ActivePodsWithRanks: which pod is deleted first', () => {
  const cases: [string, PodOpts, PodOpts, string][] = [
    ['1. unscheduled before scheduled', { node: 'n1' }, { node: '' }, 'b'],
    ['2. Pending before Running', { phase: 'Running' }, { phase: 'Pending', ready: false }, 'b'],
    ['2. Unknown before Running', { phase: 'Running' }, { phase: 'Unknown' }, 'b'],
    ['3. not ready before ready', { ready: true }, { ready: false }, 'b'],
    ['4. lower pod-deletion-cost first', { cost: 10 }, { cost: -5 }, 'b'],
    ['6. ready more recently first (different log buckets)', { readySinceS: 10 }, { readySinceS: 90_000 }, 'b'],
    ['6. same log bucket: lower UID first', { readySinceS: 10, uid: 'z' }, { readySinceS: 11, uid: 'c' }, 'b'],
    ['7. more restarts first', { restarts: 1 }, { restarts: 4 }, 'b'],
    ['8. newer first (different log buckets)', { createdAtS: 1 }, { createdAtS: 99_000 }, 'b'],
    ['8. same log bucket: lower UID first', { createdAtS: 50, uid: 'b-uid' }, { createdAtS: 51, uid: 'a-uid' }, 'b'],
    ['all equal: input order kept', {}, {}, 'a'],
  ];
  for (const [name, a, b, want] of cases) it(name, () => expect(first(a, b)).toBe(want));

  it('5. more co-located siblings first (rank)', () => {
    const a = pod('a', { node: 'n1' }), b = pod('b', { node: 'n2' });
    const sibling = pod('s', { node: 'n2' });
    expect(getPodsToDelete([a, b], [a, b, sibling], 1, NOW_MS)[0]?.metadata?.name).toBe('b');
  });
  it('no sorting when every pod goes', () => {
    const pods = [pod('a'), pod('b', { node: '' })];
    expect(getPodsToDelete(pods, pods, 2, NOW_MS).map((p) => p.metadata?.name)).toEqual(['a', 'b']);
  });
  it('property: unscheduled and not-ready pods always go before scheduled ready ones', () => {
    fc.assert(fc.property(fc.array(fc.record({ scheduled: fc.boolean(), ready: fc.boolean(), created: fc.integer({ min: 0, max: 90_000 }) }), { minLength: 2, maxLength: 12 }), fc.nat(), (specs, k) => {
      const pods = specs.map((s, i) => pod(`p${i}`, { node: s.scheduled ? 'n1' : '', ready: s.ready, createdAtS: s.created }));
      const diff = 1 + (k % pods.length);
      const victims = new Set(getPodsToDelete(pods, pods, diff, NOW_MS));
      const weak = (p: (typeof pods)[number]) => !p.spec?.nodeName || p.status?.conditions?.[0]?.status !== 'True';
      const survivorsWeak = pods.filter((p) => !victims.has(p) && weak(p)).length;
      const victimsStrong = [...victims].filter((p) => !weak(p)).length;
      expect(survivorsWeak > 0 && victimsStrong > 0).toBe(false);
    }));
  });
});
