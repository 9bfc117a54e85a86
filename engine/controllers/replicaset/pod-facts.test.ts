import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { ACTIVE, decisionOf, PodFactsMemo, READY, withDecision, type OwnerShape } from './pod-facts.ts';

const shape = (over: Partial<OwnerShape> = {}): OwnerShape => ({ uid: 'u1', deleting: false, selector: undefined, templateLabels: undefined, ...over });
const pods = (n: number): Pod[] => Array.from({ length: n }, (_, i) => ({ metadata: { name: `p${i}` } }));

/** One sync's walk: the facts found (-1 when computed afresh), recording `bits` for the misses. */
function walk(memo: PodFactsMemo, list: readonly Pod[], bits = 7): number[] {
  const facts = memo.forOwner('default/web', shape());
  facts.begin();
  const found = list.map((p) => { const b = facts.lookup(p); facts.record(p, b < 0 ? bits : b); return b; });
  facts.end();
  return found;
}

describe('PodFactsMemo', () => {
  it('keeps the decision with the other facts', () => {
    expect(decisionOf(withDecision(ACTIVE | READY, 'release'))).toBe('release');
    expect(decisionOf(withDecision(ACTIVE, 'owned'))).toBe('owned');
  });

  it('finds the facts of the very objects the last walk saw, around pods added, replaced or removed', () => {
    const memo = new PodFactsMemo();
    const first = pods(6);
    expect(walk(memo, first)).toEqual([-1, -1, -1, -1, -1, -1]);
    const replaced: Pod = { metadata: { name: 'p2' } };
    const added: Pod = { metadata: { name: 'p3a' } };
    const second = [first[0]!, first[1]!, replaced, first[3]!, added, first[5]!]; // p4 removed
    expect(walk(memo, second, 9)).toEqual([7, 7, -1, 7, -1, 7]);
    expect(walk(memo, second)).toEqual([7, 7, 9, 7, 9, 7]);
  });

  it('forgets an owner whose shape changed', () => {
    const memo = new PodFactsMemo();
    const kept = memo.forOwner('default/web', shape());
    expect(memo.forOwner('default/web', shape())).toBe(kept);
    expect(memo.forOwner('default/web', shape({ deleting: true }))).not.toBe(kept);
    const selector = { matchLabels: { app: 'web' } };
    const a = memo.forOwner('default/web', shape({ selector }));
    expect(memo.forOwner('default/web', shape({ selector: { matchLabels: { app: 'web' } } }))).not.toBe(a);
  });
});
