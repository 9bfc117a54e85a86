// NodeTable and the NodeInfo rows in it: numbers kept in step with pods and node updates, flag
// counts, removal shifting rows, copies, growth; Rejections reuse.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { makeNode, makePod } from '../test-fixtures.ts';
import { addPod, allocatableOf, cloneNodeInfo, newNodeInfo, removePod, requestedOf, setImageStates, setNode } from './node-info.ts';
import { NodeTable } from './node-table.ts';
import { Rejections } from './rejections.ts';
import { unschedulable } from './status.ts';

const MI = 1024 * 1024;

describe('NodeInfo rows', () => {
  it('keeps requested, non-zero requested, free and pod count in step with pods', () => {
    const info = newNodeInfo(makeNode('n', { cpu: '4', memory: '8Gi', pods: 10 }));
    const a = makePod('a', { cpu: '1', memory: '1Gi' });
    addPod(info, a);
    addPod(info, makePod('b'));
    const t = info.table;
    expect([t.podCount[0], t.reqMilliCPU[0], t.reqMemory[0]]).toEqual([2, 1000, 1024 * MI]);
    expect([t.nonZeroMilliCPU[0], t.nonZeroMemory[0]]).toEqual([1100, 1024 * MI + 200 * MI]);
    expect([t.freePods[0], t.freeMilliCPU[0], t.freeMemory[0]]).toEqual([8, 3000, 7 * 1024 * MI]);
    expect(removePod(info, a)?.pod).toBe(a);
    expect(removePod(info, a)).toBeUndefined();
    expect(requestedOf(info)).toMatchObject({ milliCPU: 0, memory: 0 });
    expect([t.podCount[0], t.nonZeroMilliCPU[0], t.freeMilliCPU[0]]).toEqual([1, 100, 4000]);
  });
  it('SetNode changes allocatable, cordon and taint flags but keeps the pods', () => {
    const info = newNodeInfo(makeNode('n', { cpu: '4' }), [makePod('a', { cpu: '1' })]);
    setNode(info, makeNode('n', { cpu: '2', unschedulable: true, taints: [{ key: 'k', effect: 'PreferNoSchedule' }] }));
    expect(allocatableOf(info).milliCPU).toBe(2000);
    expect(info.table.freeMilliCPU[0]).toBe(1000);
    expect(info.pods.length).toBe(1);
    expect(info.table.flagged).toEqual({ unschedulable: 1, hasFilterTaints: 0, hasPreferTaints: 1, hasImages: 0 });
    setNode(info, makeNode('n', { taints: [{ key: 'k', effect: 'NoExecute' }] }));
    expect(info.table.flagged).toEqual({ unschedulable: 0, hasFilterTaints: 1, hasPreferTaints: 0, hasImages: 0 });
  });
  it('a copy owns its numbers', () => {
    const info = newNodeInfo(makeNode('n'), [makePod('a', { cpu: '1' })]);
    const copy = cloneNodeInfo(info);
    addPod(copy, makePod('b', { cpu: '2' }));
    expect(requestedOf(copy).milliCPU).toBe(3000);
    expect(requestedOf(info).milliCPU).toBe(1000);
    expect(info.pods.length).toBe(1);
  });
});

describe('NodeTable', () => {
  it('grows past its capacity and removes rows, renumbering the later ones and their flag counts', () => {
    const table = new NodeTable(1);
    const infos = ['a', 'b', 'c', 'd'].map((name, i) => newNodeInfo(makeNode(name, { cpu: String(i + 1), unschedulable: i % 2 === 0 }), [], table));
    setImageStates(infos[1]!, new Map([['nginx:1', { size: 1, numNodes: 1 }]]));
    expect(table.size).toBe(4);
    expect(table.flagged.unschedulable).toBe(2);
    table.removeRow(0);
    expect(table.infos.map((i) => [i.name, i.row])).toEqual([['b', 0], ['c', 1], ['d', 2]]);
    expect(Array.from(table.allocMilliCPU.subarray(0, 4))).toEqual([2000, 3000, 4000, 0]);
    expect(table.flagged).toEqual({ unschedulable: 1, hasFilterTaints: 0, hasPreferTaints: 0, hasImages: 1 });
    table.removeRow(0);
    expect(table.flagged.hasImages).toBe(0);
  });
  it('property: the flag counts equal the rows with the flag set, through any changes', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), cordoned: fc.boolean(), soft: fc.boolean() }),
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), cordoned: fc.boolean(), soft: fc.boolean() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
      const table = new NodeTable(2);
      let n = 0;
      const node = (cordoned: boolean, soft: boolean) =>
        makeNode(`n${n++}`, { unschedulable: cordoned, ...(soft ? { taints: [{ key: 's', effect: 'PreferNoSchedule' as const }] } : {}) });
      for (const o of ops) {
        if (o.kind === 'add') newNodeInfo(node(o.cordoned, o.soft), [], table);
        else if (table.size > 0 && o.kind === 'set') setNode(table.infos[o.at % table.size]!, node(o.cordoned, o.soft));
        else if (table.size > 0 && o.kind === 'remove') table.removeRow(o.at % table.size);
      }
      const rows = table.infos;
      expect(table.flagged.unschedulable).toBe(rows.filter((i) => i.node.spec?.unschedulable).length);
      expect(table.flagged.hasPreferTaints).toBe(rows.filter((i) => i.taints.length > 0).length);
      expect(rows.map((i) => i.row)).toEqual(rows.map((_, r) => r));
    }), { seed: 11, numRuns: 200 });
  });
});

describe('Rejections', () => {
  it('keeps rows and statuses in order and starts over after clear', () => {
    const r = new Rejections();
    const s = unschedulable('P', 'x');
    r.add(4, s);
    r.add(2, s);
    expect([r.size, r.row(0), r.row(1), r.status(1)]).toEqual([2, 4, 2, s]);
    r.clear();
    expect([r.size, r.status(0)]).toEqual([0, undefined]);
    r.add(7, s);
    expect([r.size, r.row(0)]).toEqual([1, 7]);
  });
});
