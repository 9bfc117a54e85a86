// DefaultPreemption: messages, victim selection and candidate choice.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Pod } from 'kubernetes-types/core/v1';
import { fitErrorMessage } from '../framework/fit-error.ts';
import { buildSnapshot, type Snapshot } from '../framework/snapshot.ts';
import { defaultProfile } from '../plugins/index.ts';
import { ScheduleAlgorithm } from '../schedule-one.ts';
import { makeNode, makePod, type PodSpecLite } from '../test-fixtures.ts';
import { preempt, type PreemptionResult } from './default-preemption.ts';
import { pickOneNodeForPreemption } from './pick-candidate.ts';

const CP_TAINT = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const };

function attempt(snap: Snapshot, pod: Pod, pdbs: Parameters<typeof preempt>[0]['pdbs'] = []): { filterMsg: string; result: PreemptionResult } {
  const r = new ScheduleAlgorithm(defaultProfile).schedulePod(pod, snap);
  if (r.kind !== 'unschedulable') throw new Error(`unexpected ${r.kind}`);
  const result = preempt({ filters: r.filters, pod, snapshot: snap, diagnosis: r.diagnosis, pdbs });
  const diagnosis = result.kind === 'failed' ? { ...r.diagnosis, postFilterMsg: result.message } : r.diagnosis;
  return { filterMsg: fitErrorMessage(r.numAllNodes, diagnosis), result };
}

const on = (node: string, spec: PodSpecLite) => ({ ...spec, nodeName: node });

describe('DefaultPreemption messages', () => {
  it('reference §7.4 example: not helpful on the tainted node, no victims elsewhere', () => {
    const snap = buildSnapshot(
      [makeNode('cp', { taints: [CP_TAINT] }), makeNode('node-1', { cpu: '2' }), makeNode('node-2', { cpu: '2' })],
      [makePod('a', on('node-1', { cpu: '2', priority: 10 })), makePod('b', on('node-2', { cpu: '2', priority: 10 }))],
    );
    expect(attempt(snap, makePod('web', { cpu: '1', priority: 10 })).filterMsg).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. ' +
      'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.');
  });
  it('preemptionPolicy Never', () => {
    const snap = buildSnapshot([makeNode('n', { cpu: '1' })], [makePod('low', on('n', { cpu: '1' }))]);
    expect(attempt(snap, makePod('web', { cpu: '1', priority: 100, preemptionPolicy: 'Never' })).filterMsg).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.');
  });
  it('a request larger than the node is not helped by preemption', () => {
    const snap = buildSnapshot([makeNode('n', { cpu: '1' })], [makePod('low', on('n', { cpu: '1' }))]);
    expect(attempt(snap, makePod('web', { cpu: '2', priority: 100 })).filterMsg).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
  });
  it('removing every lower-priority pod is not enough: the filter reason is reported', () => {
    const snap = buildSnapshot([makeNode('n', { cpu: '2' })], [makePod('high', on('n', { cpu: '1500m', priority: 200 })), makePod('low', on('n', { cpu: '500m' }))]);
    expect(attempt(snap, makePod('web', { cpu: '1', priority: 100 })).filterMsg).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Insufficient cpu.');
  });
});

describe('DefaultPreemption victims', () => {
  it('evicts only the lowest-priority pods needed', () => {
    const snap = buildSnapshot([makeNode('n', { cpu: '4' })], [
      makePod('p10', on('n', { cpu: '1', priority: 10 })), makePod('p20', on('n', { cpu: '1', priority: 20 })),
      makePod('p30', on('n', { cpu: '1', priority: 30 })), makePod('p40', on('n', { cpu: '1', priority: 40 })),
    ]);
    const { result } = attempt(snap, makePod('web', { cpu: '2', priority: 100 }));
    expect(result.kind).toBe('nominated');
    if (result.kind === 'nominated') expect(result.victims.map((v) => v.metadata?.name)).toEqual(['p20', 'p10']);
  });
  it('prefers the node whose highest victim has the lowest priority', () => {
    const snap = buildSnapshot([makeNode('a', { cpu: '1' }), makeNode('b', { cpu: '1' })],
      [makePod('x', on('a', { cpu: '1', priority: 50 })), makePod('y', on('b', { cpu: '1', priority: 5 }))]);
    const { result } = attempt(snap, makePod('web', { cpu: '1', priority: 100 }));
    expect(result).toMatchObject({ kind: 'nominated', nodeName: 'b' });
  });
  it('avoids violating a PodDisruptionBudget when another node works', () => {
    const snap = buildSnapshot([makeNode('a', { cpu: '1' }), makeNode('b', { cpu: '1' })],
      [makePod('x', on('a', { cpu: '1', priority: 5, labels: { app: 'db' } })), makePod('y', on('b', { cpu: '1', priority: 5 }))]);
    const pdb = { metadata: { name: 'db', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'db' } } }, status: { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1, expectedPods: 1 } };
    expect(attempt(snap, makePod('web', { cpu: '1', priority: 100 }), [pdb]).result).toMatchObject({ kind: 'nominated', nodeName: 'b' });
  });
  it('picks fewer victims on equal priorities', () => {
    expect(pickOneNodeForPreemption([
      { nodeName: 'a', victims: [makePod('1', { priority: 1 }), makePod('2', { priority: 1 })], numPDBViolations: 0 },
      { nodeName: 'b', victims: [makePod('3', { priority: 1 })], numPDBViolations: 0 },
    ])?.nodeName).toBe('b');
  });

  it('property: victims are lower priority, make the pod fit, and each one is needed', () => {
    const podsArb = fc.array(fc.record({ cpu: fc.integer({ min: 1, max: 4 }), priority: fc.integer({ min: 0, max: 200 }) }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(podsArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 300 }), (existing, want, priority) => {
      const pods = existing.map((e, i) => makePod(`e${i}`, on('n', { cpu: `${e.cpu * 500}m`, priority: e.priority })));
      const snap = buildSnapshot([makeNode('n', { cpu: '6' })], pods);
      const pod = makePod('web', { cpu: `${want * 500}m`, priority });
      const r = new ScheduleAlgorithm(defaultProfile).schedulePod(pod, snap);
      if (r.kind !== 'unschedulable') return;
      const result = preempt({ filters: r.filters, pod, snapshot: snap, diagnosis: r.diagnosis });
      if (result.kind !== 'nominated') return;
      const victims = new Set(result.victims.map((v) => v.metadata?.name));
      for (const v of result.victims) expect(v.spec?.priority ?? 0).toBeLessThan(priority);
      const fits = (kept: Pod[]) => new ScheduleAlgorithm(defaultProfile).schedulePod(pod, buildSnapshot([makeNode('n', { cpu: '6' })], kept)).kind === 'scheduled';
      const remaining = pods.filter((p) => !victims.has(p.metadata?.name));
      expect(fits(remaining)).toBe(true);
      // Minimal: giving back any single victim makes the pod not fit.
      for (const v of result.victims) expect(fits([...remaining, v])).toBe(false);
    }), { seed: 7, numRuns: 300 });
  });
});
