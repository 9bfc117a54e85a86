// Tests the read model and HTML on a real kubespec run recorded from the core (fixtures/run-core):
// the After hook's attachment gives the seed and replay command; Pod detail feeds the charts.
import { test } from 'node:test';
import { expect } from 'expect';
import { fileURLToPath } from 'node:url';
import { loadRun } from './load-run.ts';
import { allScenarios } from './run-model.ts';
import { renderHtml } from '../html/render-html.ts';
import { scenarioCharts } from '../html/timeline.ts';
import { clusterPayload } from '../html/cluster-view.ts';

const RUN = fileURLToPath(new URL('../fixtures/run-core', import.meta.url));

test('statuses, the attached seed and the After hook step of a failed scenario', () => {
  const scenarios = allScenarios(loadRun(RUN));
  expect(scenarios.map((s) => [s.location, s.status, s.seed])).toEqual([
    ['features/demo.feature:4', 'passed', undefined],
    ['features/demo.feature:22', 'failed', 11],
    ['features/demo.feature:40', 'undefined', undefined],
  ]);
  const argument = scenarios[0]?.steps[1]?.argument;
  expect(argument?.kind === 'docString' ? argument.content.split('\n').slice(0, 2) : []).toEqual(['apiVersion: v1', 'kind: Pod']);
  const after = scenarios[1]?.steps.at(-1);
  expect([after?.keyword, after?.text, after?.hook]).toEqual(['After ', 'hook', true]);
  expect(after?.attachments[0]?.split('\n').slice(0, 2)).toEqual([
    'virtual time: 2025-01-01T00:00:30Z  seed: 11', 'replay: npx kubespec run features/demo.feature:22 --seed 11',
  ]);
});

test('the report shows the replay command with the seed and a pods chart from Pod detail', () => {
  const model = loadRun(RUN);
  const html = renderHtml(model, { deterministic: true });
  expect(html).toContain('<code>npx kubespec run features/demo.feature:22 --seed 11</code>');
  const failing = allScenarios(model)[1];
  expect(scenarioCharts('x', failing?.journal ?? []).map((c) => c.title)).toContain('Pods by phase');
  expect(scenarioCharts('y', allScenarios(model)[0]?.journal ?? [])).toEqual([]);
  expect(clusterPayload(allScenarios(model)[1]?.journal ?? []).scheduled).toEqual([
    [0, 'default/api', 'node-1'], [0, 'default/api', 'node-1'], [0, 'default/api', 'node-1'],
  ]);
});
