// The scheduling queue: order, back-off, the unschedulable pool, event moves and the 5-minute flush.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { ClusterEvent } from '../framework/interfaces.ts';
import { makePod } from '../test-fixtures.ts';
import { calculateBackoffDurationMs } from './backoff.ts';
import { SchedulingQueue } from './scheduling-queue.ts';

const EVENTS: Record<string, readonly ClusterEvent[]> = {
  NodeResourcesFit: ['Node/Add', 'Pod/Delete'],
  TaintToleration: ['Node/Add', 'Node/UpdateNodeTaint'],
};
const newQueue = () => new SchedulingQueue({
  isInterested: (plugins, event) => [...plugins].some((p) => EVENTS[p]?.includes(event)),
});

describe('calculateBackoffDurationMs', () => {
  const cases: Array<[number, number]> = [[1, 1000], [2, 2000], [3, 4000], [4, 8000], [5, 10_000], [12, 10_000]];
  for (const [attempts, want] of cases) it(`attempt ${attempts} → ${want}ms`, () => expect(calculateBackoffDurationMs(attempts)).toBe(want));
});

describe('SchedulingQueue', () => {
  it('pops by priority, then by queue time', () => {
    const q = newQueue();
    q.add(makePod('low-early', { priority: 0 }), 0);
    q.add(makePod('high', { priority: 100 }), 5);
    q.add(makePod('low-late', { priority: 0 }), 10);
    expect([q.pop(), q.pop(), q.pop()].map((p) => p?.pod.metadata?.name)).toEqual(['high', 'low-early', 'low-late']);
    expect(q.pop()).toBeUndefined();
  });
  it('reads spec.priority only: a class name the Priority plugin did not resolve is priority 0', () => {
    const q = newQueue();
    const named = makePod('named-only', {});
    q.add({ ...named, spec: { ...named.spec!, priorityClassName: 'high' } }, 0);
    q.add(makePod('resolved', { priority: 5 }), 5);
    expect([q.pop(), q.pop()].map((p) => p?.pod.metadata?.name)).toEqual(['resolved', 'named-only']);
  });
  it('parks an unschedulable pod until an event one of its plugins cares about', () => {
    const q = newQueue();
    q.add(makePod('web'), 0);
    const p = q.pop()!;
    q.addUnschedulableIfNotPresent(p, new Set(['TaintToleration']), q.currentSchedulingCycle, 0);
    expect(q.sizes()).toMatchObject({ unschedulable: 1, active: 0 });
    expect(q.moveAllToActiveOrBackoffQueue('Pod/Delete', 5000)).toBe(0);
    expect(q.moveAllToActiveOrBackoffQueue('Node/UpdateNodeTaint', 5000)).toBe(1);
    expect(q.sizes()).toMatchObject({ unschedulable: 0, active: 1 });
  });
  it('a pod moved while still backing off waits in backoffQ until its back-off ends', () => {
    const q = newQueue();
    q.add(makePod('web'), 0);
    const p = q.pop()!;
    q.addUnschedulableIfNotPresent(p, new Set(['NodeResourcesFit']), q.currentSchedulingCycle, 0);
    q.moveAllToActiveOrBackoffQueue('Node/Add', 500);
    expect(q.sizes()).toMatchObject({ backoff: 1, active: 0 });
    expect(q.nextBackoffExpiryMs()).toBe(1000);
    expect(q.flushBackoffQCompleted(999)).toBe(0);
    expect(q.flushBackoffQCompleted(1000)).toBe(1);
    expect(q.pop()?.attempts).toBe(2);
  });
  it('an event during the attempt sends the pod to backoffQ instead of the pool', () => {
    const q = newQueue();
    q.add(makePod('web'), 0);
    const p = q.pop()!;
    const cycle = q.currentSchedulingCycle;
    q.moveAllToActiveOrBackoffQueue('Node/Add', 10);
    q.addUnschedulableIfNotPresent(p, new Set(['NodeResourcesFit']), cycle, 10);
    expect(q.sizes()).toMatchObject({ backoff: 1, unschedulable: 0 });
  });
  it('flushes pods parked longer than 5 minutes', () => {
    const q = newQueue();
    q.add(makePod('web'), 0);
    q.addUnschedulableIfNotPresent(q.pop()!, new Set(['TaintToleration']), q.currentSchedulingCycle, 0);
    expect(q.flushUnschedulablePodsLeftover(300_000)).toBe(0);
    expect(q.flushUnschedulablePodsLeftover(300_001)).toBe(1);
    expect(q.sizes().active).toBe(1);
  });
  it('delete removes the pod everywhere', () => {
    const q = newQueue();
    const pod = makePod('web');
    q.add(pod, 0);
    q.delete(pod);
    expect(q.pop()).toBeUndefined();
  });
  it('property: pops come out in priority order, FIFO within a priority', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }), (priorities) => {
      const q = newQueue();
      priorities.forEach((priority, i) => q.add(makePod(`p${i}`, { priority }), i));
      const out: Array<[number, number]> = [];
      for (let p = q.pop(); p; p = q.pop()) out.push([p.pod.spec?.priority ?? 0, p.timestampMs]);
      const sorted = [...out].sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      expect(out).toEqual(sorted);
      expect(out.length).toBe(priorities.length);
    }), { seed: 3 });
  });
});

describe('SchedulingQueue.update', () => {
  it('a status-only update leaves a parked pod parked; a spec change retries it', () => {
    const q = newQueue();
    const pod = makePod('web');
    q.add(pod, 0);
    q.addUnschedulableIfNotPresent(q.pop()!, new Set(['TaintToleration']), q.currentSchedulingCycle, 0);
    q.update({ ...pod, status: { conditions: [{ type: 'PodScheduled', status: 'False' }] } }, 10);
    expect(q.sizes()).toMatchObject({ unschedulable: 1 });
    q.update({ ...pod, spec: { ...pod.spec!, tolerations: [{ operator: 'Exists' }] } }, 5000);
    expect(q.sizes()).toMatchObject({ unschedulable: 0, active: 1 });
  });
});
