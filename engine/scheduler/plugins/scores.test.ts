// Table tests for the score side of the default plugins, with worked numbers from the formulas.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { CycleState } from '../framework/cycle-state.ts';
import { defaultNormalizeScore, SKIP, type ScorePlugin } from '../framework/interfaces.ts';
import { scoreAll } from '../framework/plugin-helpers.ts';
import { newNodeInfo } from '../framework/node-info.ts';
import { NodeTable } from '../framework/node-table.ts';
import { buildSnapshot } from '../framework/snapshot.ts';
import { podRequests } from '../framework/resource.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { balancedAllocation, balancedResourceScore } from './balanced-allocation.ts';
import { calculatePriority, imageLocality, normalizedImageName } from './image-locality.ts';
import { nodeAffinity } from './node-affinity.ts';
import { leastAllocatedScore } from './node-resources-fit.ts';
import { taintToleration } from './taint-toleration.ts';

const MB = 1024 * 1024;

function normalized(plugin: ScorePlugin, raw: number[]): number[] {
  const scores = Float64Array.from(raw);
  plugin.normalize?.(scores, scores.length);
  return Array.from(scores);
}

describe('defaultNormalizeScore', () => {
  const cases: Array<{ name: string; input: number[]; reverse: boolean; want: number[] }> = [
    { name: 'scales to the max', input: [0, 2, 4], reverse: false, want: [0, 50, 100] },
    { name: 'reverse', input: [0, 2, 4], reverse: true, want: [100, 50, 0] },
    { name: 'all zero, reverse gives 100', input: [0, 0], reverse: true, want: [100, 100] },
    { name: 'all zero stays zero', input: [0, 0], reverse: false, want: [0, 0] },
    { name: 'integer division', input: [1, 3], reverse: false, want: [33, 100] },
  ];
  for (const c of cases) it(c.name, () => { const s = Float64Array.from(c.input); defaultNormalizeScore(100, c.reverse, s); expect(Array.from(s)).toEqual(c.want); });
});

describe('NodeResourcesFit LeastAllocated', () => {
  const cases = [
    { name: 'empty 4cpu/8Gi node, 1cpu/2Gi pod', existing: [], pod: { cpu: '1', memory: '2Gi' }, want: 75 },
    { name: 'half used', existing: [{ cpu: '1', memory: '2Gi' }], pod: { cpu: '1', memory: '2Gi' }, want: 50 },
    { name: 'best-effort pod counts 100m / 200Mi', existing: [], pod: {}, want: Math.trunc((97 + Math.trunc((8192 - 200) * 100 / 8192)) / 2) },
    { name: 'over-committed resource scores 0', existing: [{ cpu: '4' }], pod: { cpu: '1', memory: '2Gi' }, want: Math.trunc((0 + 75 - 2) / 2) },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const info = newNodeInfo(makeNode('n'), c.existing.map((p, i) => makePod(`e${i}`, p)));
      expect(leastAllocatedScore(podRequests(makePod('p', c.pod), true), info)).toBe(c.want);
    });
  }
});

describe('NodeResourcesBalancedAllocation', () => {
  const cases = [
    { name: 'equal fractions score 100', requested: [2000, 4 * 1024], allocatable: [4000, 8 * 1024], want: 100 },
    { name: 'worked example 0.5 vs 0.75', requested: [2000, 6], allocatable: [4000, 8], want: 87 },
    { name: 'fraction capped at 1', requested: [8000, 0], allocatable: [4000, 8], want: 50 },
    { name: 'zero allocatable resource ignored', requested: [2000, 5], allocatable: [4000, 0], want: 100 },
  ];
  for (const c of cases) it(c.name, () => expect(balancedResourceScore(c.requested, c.allocatable)).toBe(c.want));
  it('best-effort pods are skipped (score 0)', () => {
    expect(balancedAllocation.preScore(new CycleState(), makePod('p'), new NodeTable())).toBe(SKIP);
  });
  it('uses actual requests of the node and the pod', () => {
    const info = newNodeInfo(makeNode('n'), [makePod('e', { cpu: '1', memory: '5Gi' })]);
    expect(scoreAll(balancedAllocation, makePod('p', { cpu: '1', memory: '1Gi' }), [info])).toEqual([87]);
  });
});

describe('TaintToleration score', () => {
  it('counts untolerated PreferNoSchedule taints and normalizes in reverse', () => {
    const pod = makePod('p', { tolerations: [{ key: 'a', operator: 'Exists', effect: 'PreferNoSchedule' }] });
    const nodes = [
      makeNode('n0'),
      makeNode('n1', { taints: [{ key: 'a', effect: 'PreferNoSchedule' }, { key: 'b', effect: 'PreferNoSchedule' }] }),
      makeNode('n2', { taints: [{ key: 'b', effect: 'PreferNoSchedule' }, { key: 'c', effect: 'PreferNoSchedule' }] }),
    ];
    const scores = scoreAll(taintToleration, pod, buildSnapshot(nodes).nodeInfos);
    expect(scores).toEqual([0, 1, 2]);
    expect(normalized(taintToleration, scores)).toEqual([100, 50, 0]);
  });
});

describe('scores every node alike from the snapshot alone', () => {
  it('TaintToleration: no PreferNoSchedule taint anywhere → every node 100 (all raw 0, normalized in reverse)', () => {
    const snap = buildSnapshot([makeNode('n0'), makeNode('n1', { taints: [{ key: 'a', effect: 'NoSchedule' }] })]);
    expect(taintToleration.preScore(new CycleState(), makePod('p'), snap.table)).toBe(100);
  });
  it('ImageLocality: no node lists images → the zero-image score, for any number of containers', () => {
    const snap = buildSnapshot([makeNode('n0'), makeNode('n1')]);
    const pod = makePod('p', { containers: [{ name: 'a', image: 'nginx:1.25' }, { name: 'b', image: 'redis:7' }] });
    expect(imageLocality.preScore(new CycleState(), pod, snap.table)).toBe(calculatePriority(0, 2));
  });
});

describe('NodeAffinity score', () => {
  it('sums the weights of matching preferred terms, normalized to the max', () => {
    const pod = makePod('p', { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
      { weight: 10, preference: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] } },
      { weight: 30, preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] } },
    ] } } });
    const nodes = [makeNode('n0'), makeNode('n1', { labels: { zone: 'a' } }), makeNode('n2', { labels: { zone: 'a', disk: 'ssd' } })];
    const scores = scoreAll(nodeAffinity, pod, buildSnapshot(nodes).nodeInfos);
    expect(scores).toEqual([0, 10, 40]);
    expect(normalized(nodeAffinity, scores)).toEqual([0, 25, 100]);
  });
});

describe('ImageLocality', () => {
  it('normalizes untagged image names to :latest', () => {
    expect(normalizedImageName('nginx')).toBe('nginx:latest');
    expect(normalizedImageName('registry:5000/nginx')).toBe('registry:5000/nginx:latest');
    expect(normalizedImageName('nginx:1.25')).toBe('nginx:1.25');
  });
  const cases = [
    { name: 'below the 23Mi floor scores 0', sum: 10 * MB, containers: 1, want: 0 },
    { name: 'at the 1000Mi ceiling scores 100', sum: 2000 * MB, containers: 1, want: 100 },
    { name: 'linear in between', sum: 511.5 * MB, containers: 1, want: 50 },
  ];
  for (const c of cases) it(c.name, () => expect(calculatePriority(c.sum, c.containers)).toBe(c.want));
  it('scales the image size by its spread across nodes', () => {
    const image = { names: ['nginx:1.25'], sizeBytes: 500 * MB };
    const snap = buildSnapshot([makeNode('n0', { images: [image] }), makeNode('n1', { images: [image] }), makeNode('n2'), makeNode('n3')]);
    // 500Mi × 2/4 = 250Mi → (250 − 23) × 100 / (1000 − 23) = 23
    expect(scoreAll(imageLocality, makePod('p', { image: 'nginx:1.25' }), snap.nodeInfos)).toEqual([23, 23, 0, 0]);
  });
});
