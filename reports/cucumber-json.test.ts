// Tests the legacy Cucumber JSON output.
import { test } from 'node:test';
import { expect } from 'expect';
import { renderCucumberJson } from './cucumber-json.ts';
import { fixtureModel } from './format/fixture-run.ts';
import { expectGolden } from './format/golden.ts';

test('matches the golden file in deterministic mode', () => {
  expectGolden(renderCucumberJson(fixtureModel(), { deterministic: true }), 'cucumber.json');
});

test('one feature with elements and step results; durations in ns unless deterministic', () => {
  const [feature] = JSON.parse(renderCucumberJson(fixtureModel())) as { elements: { id: string; steps: { result: { status: string; duration?: number } }[] }[] }[];
  expect(feature?.elements.map((e) => e.id)).toEqual([
    'web-deployment;deployment-becomes-available', 'web-deployment;failing-check',
    'web-deployment;scale-to-3', 'web-deployment;scale-to-9', 'web-deployment;undefined-step',
  ]);
  expect(feature?.elements[1]?.steps.map((s) => s.result.status)).toEqual(['passed', 'failed']);
  expect(typeof feature?.elements[0]?.steps[0]?.result.duration).toBe('number');
});

test('doc strings become arguments as cucumber-js writes them', async () => {
  const { loadRun } = await import('./model/load-run.ts');
  const { fileURLToPath } = await import('node:url');
  const run = loadRun(fileURLToPath(new URL('./fixtures/run-core', import.meta.url)));
  const [feature] = JSON.parse(renderCucumberJson(run, { deterministic: true })) as { elements: { steps: { arguments: { content: string; line: number }[] }[] }[] }[];
  const applyStep = feature?.elements[0]?.steps[1];
  expect(applyStep?.arguments.map((a) => [a.content.split('\n')[0], a.line])).toEqual([['apiVersion: v1', 7]]);
});
