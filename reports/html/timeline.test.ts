// Tests timeline series computed from the fixture journal.
import { test } from 'node:test';
import { expect } from 'expect';
import { scenarioCharts } from './timeline.ts';
import { fixtureModel } from '../format/fixture-run.ts';

test('writes per kind, events per type and replicas per Deployment for the passing scenario', () => {
  const journal = fixtureModel().features[0]!.scenarios[0]!.journal;
  const charts = scenarioCharts('s1', journal);
  expect(charts.map((c) => c.title)).toEqual([
    'API writes per kind (cumulative)', 'Events by type (cumulative)', 'Deployment default/web: replicas',
  ]);
  const [writes, events, replicas] = charts;
  expect(writes?.xMs).toEqual([0, 1000, 1010, 3000, 6000]);
  expect(writes?.series).toEqual([
    { label: 'Deployment', values: [0, 1, 1, 2, 3] },
    { label: 'Node', values: [2, 2, 2, 2, 2] },
    { label: 'Pod', values: [0, 3, 6, 6, 6] },
    { label: 'ReplicaSet', values: [0, 1, 1, 1, 1] },
  ]);
  expect(events?.series).toEqual([{ label: 'Normal', values: [0, 4, 7, 7, 7] }]);
  expect(replicas?.series).toEqual([
    { label: 'replicas', values: [0, 3, 3, 3, 3] },
    { label: 'updatedReplicas', values: [0, 0, 0, 3, 3] },
    { label: 'availableReplicas', values: [0, 0, 0, 1, 3] },
  ]);
});

test('no replica chart without detail; empty journal gives no charts', () => {
  const failing = fixtureModel().features[0]!.scenarios[1]!.journal;
  expect(scenarioCharts('s2', failing).map((c) => c.id)).toEqual(['s2-writes', 's2-events']);
  expect(scenarioCharts('s3', [])).toEqual([]);
});
