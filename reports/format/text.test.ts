// Tests the shared text helpers: escaping, unique outline names, failure summary.
import { test } from 'node:test';
import { expect } from 'expect';
import { escapeXml, failureSummary, replayCommand, uniqueNames } from './text.ts';
import { fixtureModel } from './fixture-run.ts';
import type { FeatureResult } from '../model/run-model.ts';

test('escapes markup and drops control characters XML forbids', () => {
  expect(escapeXml('a<b>&"c\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
});

test('repeated scenario names get their line appended', () => {
  const feature = fixtureModel().features[0] as FeatureResult;
  const twice: FeatureResult = { ...feature, scenarios: [feature.scenarios[2]!, { ...feature.scenarios[2]!, line: 30 }] };
  expect([...uniqueNames(twice).values()]).toEqual(['Scale to 3 (line 21)', 'Scale to 3 (line 30)']);
});

test('failure summary is the first error line without the Error: prefix; replay names seed', () => {
  const scenario = fixtureModel().features[0]!.scenarios[1]!;
  expect(failureSummary(scenario)).toBe('expected deployment "web" to have 4 available replicas, observed 3');
  expect(replayCommand(scenario)).toBe('npx kubespec run features/web.feature:12 --seed 42');
});
