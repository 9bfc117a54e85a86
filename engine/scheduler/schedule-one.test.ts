// schedulePod end to end over a snapshot: the FitError text, node counts, scoring and tie-breaks.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { filterOne } from './framework/plugin-helpers.ts';
import { fitErrorMessage, type Diagnosis } from './framework/fit-error.ts';
import { buildSnapshot } from './framework/snapshot.ts';
import { isSuccess, type Status } from './framework/status.ts';
import { defaultProfile } from './plugins/index.ts';
import { numFeasibleNodesToFind, ScheduleAlgorithm, type ScheduleResult } from './schedule-one.ts';
import { makeNode, makePod } from './test-fixtures.ts';

const CP_TAINT = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const };

function message(result: ScheduleResult): string {
  if (result.kind === 'noNodes') return result.message;
  if (result.kind !== 'unschedulable') throw new Error(`scheduled on ${result.suggestedHost}`);
  return fitErrorMessage(result.numAllNodes, result.diagnosis);
}

describe('numFeasibleNodesToFind', () => {
  const cases: Array<[number, number]> = [[0, 0], [99, 99], [100, 100], [500, 230], [1000, 420], [5000, 500], [6000, 300], [10_000, 500]];
  for (const [nodes, want] of cases) it(`${nodes} nodes → ${want}`, () => expect(numFeasibleNodesToFind(nodes)).toBe(want));
  it('an explicit percentage still finds at least 100', () => expect(numFeasibleNodesToFind(1000, 1)).toBe(100));
});

describe('FitError message', () => {
  const cases: Array<{ name: string; diagnosis: Diagnosis; nodes: number; want: string }> = [
    { name: 'reasons sorted as strings, so 10 sorts before 2', nodes: 12,
      diagnosis: { unschedulablePlugins: new Set(), nodeToStatus: new Map<string, Status>([
        ...Array.from({ length: 10 }, (_, i): [string, Status] => [`a${i}`, { code: 'Unschedulable', reasons: ['Insufficient memory'] }]),
        ['b0', { code: 'Unschedulable', reasons: ['Insufficient cpu'] }], ['b1', { code: 'Unschedulable', reasons: ['Insufficient cpu'] }],
      ]) },
      want: '0/12 nodes are available: 10 Insufficient memory, 2 Insufficient cpu.' },
    { name: 'prefilter message replaces the histogram', nodes: 3,
      diagnosis: { unschedulablePlugins: new Set(), nodeToStatus: new Map(), preFilterMsg: 'persistentvolumeclaim "x" not found', postFilterMsg: 'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.' },
      want: '0/3 nodes are available: persistentvolumeclaim "x" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.' },
  ];
  for (const c of cases) it(c.name, () => expect(fitErrorMessage(c.nodes, c.diagnosis)).toBe(c.want));
});

describe('ScheduleAlgorithm.schedulePod', () => {
  it('reports the per-node reasons of a pod that fits nowhere (reference §7.4 example)', () => {
    const snap = buildSnapshot(
      [makeNode('control-plane', { taints: [CP_TAINT] }), makeNode('node-1', { cpu: '2' }), makeNode('node-2', { cpu: '2' })],
    );
    const result = new ScheduleAlgorithm(defaultProfile).schedulePod(makePod('web', { cpu: '3' }), snap);
    expect(message(result)).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu.');
  });
  it('says no nodes available when the cluster has none', () => {
    expect(message(new ScheduleAlgorithm(defaultProfile).schedulePod(makePod('web'), buildSnapshot([])))).toBe('no nodes available to schedule pods');
  });
  it('picks the single feasible node without scoring', () => {
    const snap = buildSnapshot([makeNode('a', { unschedulable: true }), makeNode('b')]);
    const result = new ScheduleAlgorithm(defaultProfile).schedulePod(makePod('web'), snap);
    expect(result).toMatchObject({ kind: 'scheduled', suggestedHost: 'b', feasibleNodes: 1, evaluatedNodes: 2, scores: [] });
  });
  it('prefers the least allocated node', () => {
    const snap = buildSnapshot([makeNode('a'), makeNode('b')], [makePod('busy', { cpu: '2', memory: '4Gi', nodeName: 'a' })]);
    const result = new ScheduleAlgorithm(defaultProfile).schedulePod(makePod('web', { cpu: '1', memory: '1Gi' }), snap);
    expect(result).toMatchObject({ kind: 'scheduled', suggestedHost: 'b' });
  });
  it('breaks ties by node order (deterministic, documented)', () => {
    const snap = buildSnapshot([makeNode('c'), makeNode('a'), makeNode('b')]);
    expect(new ScheduleAlgorithm(defaultProfile).schedulePod(makePod('web'), snap)).toMatchObject({ suggestedHost: 'c' });
  });
  it('prefers the node without an untolerated PreferNoSchedule taint', () => {
    const snap = buildSnapshot([makeNode('a', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] }), makeNode('b')]);
    expect(new ScheduleAlgorithm(defaultProfile).schedulePod(makePod('web'), snap)).toMatchObject({ suggestedHost: 'b' });
  });
  it('rotates the start index over large clusters and evaluates only numFeasibleNodesToFind nodes', () => {
    const snap = buildSnapshot(Array.from({ length: 1000 }, (_, i) => makeNode(`n${i}`)));
    const algo = new ScheduleAlgorithm(defaultProfile);
    const first = algo.schedulePod(makePod('p1'), snap);
    expect(first).toMatchObject({ evaluatedNodes: 420, feasibleNodes: 420 });
    expect(algo.nextStartNodeIndex).toBe(420);
    algo.schedulePod(makePod('p2'), snap);
    expect(algo.nextStartNodeIndex).toBe(840);
    algo.schedulePod(makePod('p3'), snap);
    expect(algo.nextStartNodeIndex).toBe(260);
  });
  it('files the rejected nodes in visiting order, from the rotating start index', () => {
    // Every third node lacks cpu (NodeResourcesFit), the others are tainted (TaintToleration, which runs
    // first): plugin by plugin the batch finds the tainted ones first, yet the Diagnosis follows the nodes.
    const nodes = Array.from({ length: 200 }, (_, i) => makeNode(`n${i}`, i % 3 === 0 ? { cpu: '500m' } : { taints: [CP_TAINT] }));
    const algo = new ScheduleAlgorithm(defaultProfile);
    algo.nextStartNodeIndex = 150;
    const result = algo.schedulePod(makePod('web', { cpu: '1' }), buildSnapshot(nodes));
    if (result.kind !== 'unschedulable') throw new Error(result.kind);
    const visiting = Array.from({ length: 200 }, (_, k) => `n${(150 + k) % 200}`);
    expect([...result.diagnosis.nodeToStatus.keys()]).toEqual(visiting);
    expect([...result.diagnosis.unschedulablePlugins]).toEqual(['NodeResourcesFit', 'TaintToleration']);
    expect(algo.nextStartNodeIndex).toBe(150);
  });
  it('tries the nominated node first (evaluateNominatedNode)', () => {
    const snap = buildSnapshot([makeNode('a'), makeNode('b')], [makePod('busy', { cpu: '3', nodeName: 'b' })]);
    const pod = { ...makePod('web', { cpu: '1' }), status: { nominatedNodeName: 'b' } };
    expect(new ScheduleAlgorithm(defaultProfile).schedulePod(pod, snap)).toMatchObject({ suggestedHost: 'b', evaluatedNodes: 1 });
  });
  it('counts pods nominated to a node with equal or higher priority', () => {
    const snap = buildSnapshot([makeNode('a', { cpu: '2' })]);
    const nominated = [makePod('high', { cpu: '2', priority: 100 })];
    const result = new ScheduleAlgorithm(defaultProfile).schedulePod(makePod('web', { cpu: '1' }), snap, () => nominated);
    expect(message(result)).toBe('0/1 nodes are available: 1 Insufficient cpu.');
  });

  it('property: the chosen node passes every filter', () => {
    const nodeArb = fc.record({
      cpu: fc.integer({ min: 1, max: 8 }), unschedulable: fc.boolean(), tainted: fc.boolean(), zone: fc.constantFrom('a', 'b'), used: fc.integer({ min: 0, max: 8 }),
    });
    const podArb = fc.record({ cpu: fc.integer({ min: 0, max: 6 }), tolerates: fc.boolean(), zone: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }) });
    fc.assert(fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 8 }), podArb, (nodes, p) => {
      const nodeObjs = nodes.map((n, i) => makeNode(`n${i}`, {
        cpu: String(n.cpu), unschedulable: n.unschedulable, labels: { zone: n.zone },
        ...(n.tainted ? { taints: [{ key: 'dedicated', value: 'x', effect: 'NoSchedule' as const }] } : {}),
      }));
      const existing = nodes.map((n, i) => makePod(`e${i}`, { cpu: `${n.used * 100}m`, nodeName: `n${i}` }));
      const snap = buildSnapshot(nodeObjs, existing);
      const pod = makePod('web', {
        ...(p.cpu > 0 ? { cpu: String(p.cpu) } : {}),
        ...(p.tolerates ? { tolerations: [{ key: 'dedicated', operator: 'Exists' as const }] } : {}),
        ...(p.zone ? { nodeSelector: { zone: p.zone } } : {}),
      });
      const result = new ScheduleAlgorithm(defaultProfile).schedulePod(pod, snap);
      const passing = snap.nodeInfos.filter((n) => defaultProfile.filters.every((f) => isSuccess(filterOne(f, pod, n))));
      if (result.kind === 'scheduled') {
        expect(passing.map((n) => n.name)).toContain(result.suggestedHost);
      } else {
        expect(passing).toEqual([]);
      }
    }), { seed: 42, numRuns: 300 });
  });
});
