import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { slowStartBatch, slowStartBatchSizes } from './slow-start.ts';

describe('slowStartBatch', () => {
  it('batches of 1, 2, 4, ... capped by what remains', () => {
    expect(slowStartBatchSizes(10)).toEqual([1, 2, 4, 3]);
    expect(slowStartBatchSizes(500)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 245]);
    expect(slowStartBatchSizes(0)).toEqual([]);
  });
  it('stops after the first batch with a failure, finishing that batch', () => {
    let calls = 0;
    const r = slowStartBatch(10, 1, () => (++calls === 3 ? new Error('exceeded quota') : undefined));
    expect(calls).toBe(3); // batch 1: 1 call, batch 2: 2 calls (the second fails)
    expect(r.successes).toBe(2);
    expect(r.error?.message).toBe('exceeded quota');
  });
  it('all succeed', () => {
    expect(slowStartBatch(7, 1, () => undefined)).toEqual({ successes: 7, error: undefined });
  });
  it('property: batch sizes sum to count and at most double', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), (n) => {
      const sizes = slowStartBatchSizes(n);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      sizes.forEach((s, i) => { if (i > 0) expect(s).toBeLessThanOrEqual(2 * (sizes[i - 1] ?? 0)); });
    }));
  });
});
