// Tests the legacy Cucumber JSON output.
import { test } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCucumberJson } from './cucumber-json.ts';
import { fixtureModel, gradingModel } from './format/fixture-run.ts';
import { expectGolden } from './format/golden.ts';
import { loadRun } from './model/load-run.ts';

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

test('doc strings become arguments as cucumber-js writes them', () => {
  const run = loadRun(fileURLToPath(new URL('./fixtures/run-core', import.meta.url)));
  const [feature] = JSON.parse(renderCucumberJson(run, { deterministic: true })) as { elements: { steps: { arguments: { content: string; line: number }[] }[] }[] }[];
  const applyStep = feature?.elements[0]?.steps[1];
  expect(applyStep?.arguments.map((a) => [a.content.split('\n')[0], a.line])).toEqual([['apiVersion: v1', 7]]);
});

const ATTACHMENTS_RUN = fileURLToPath(new URL('./fixtures/run-attachments', import.meta.url));

interface JsonStep { keyword: string; hidden?: boolean; result: { status: string; duration?: number }; embeddings?: { data: string; mime_type: string }[] }
interface JsonFeature { description: string; elements: { id: string; steps: JsonStep[] }[] }

test('attachments become embeddings, matching the golden file', () => {
  expectGolden(renderCucumberJson(loadRun(ATTACHMENTS_RUN), { deterministic: true }), 'cucumber-attachments.json');
});

test('embeddings carry base64 data and the media type, as cucumber-js writes them: text encoded, base64 kept, no file name', () => {
  const [feature] = JSON.parse(renderCucumberJson(loadRun(ATTACHMENTS_RUN), { deterministic: true })) as JsonFeature[];
  expect(feature?.elements[0]?.steps.map((s) => s.embeddings)).toEqual([
    [{ data: 'aGVsbG8=', mime_type: 'text/plain' }],
    [{ data: 'YSBsb2cgbGluZQ==', mime_type: 'text/x.cucumber.log+plain' }],
    [{ data: 'iVBORw==', mime_type: 'image/png' }],
    [{ data: 'AAEC/w==', mime_type: 'application/octet-stream' }],
  ]);
  const failing = feature?.elements[1]?.steps;
  expect(failing?.map((s) => [s.keyword, s.result.status, s.embeddings?.length ?? 0])).toEqual([['Given ', 'passed', 1], ['Then ', 'failed', 0], ['After', 'passed', 1]]);
  expect(failing?.[2]).toEqual({
    keyword: 'After', hidden: true, result: { status: 'passed' },
    embeddings: [{ data: Buffer.from('NAMESPACE   NAME\ndefault     pod/web\n').toString('base64'), mime_type: 'text/plain' }],
  });
});

test('the same document cucumber-js\'s own json formatter wrote for the recorded run, but for what the header leaves out', () => {
  const ours = JSON.parse(renderCucumberJson(loadRun(ATTACHMENTS_RUN), { deterministic: true })) as JsonFeature[];
  const theirs = JSON.parse(readFileSync(`${ATTACHMENTS_RUN}/cucumber-js.json`, 'utf8')) as JsonFeature[];
  const leftOut = theirs.map((f) => ({
    ...f,
    description: f.description.trim(),
    elements: f.elements.map((e) => ({
      ...e,
      steps: e.steps
        .filter((s) => !(s.hidden && s.result.status === 'passed' && s.embeddings === undefined))
        .map((s) => ({ ...s, result: Object.fromEntries(Object.entries(s.result).filter(([k]) => k !== 'duration')) })),
    })),
  }));
  expect(ours).toEqual(leftOut);
});

test('the failure state kubespec\'s After hook attaches reaches the hook\'s embeddings', () => {
  const model = gradingModel();
  const failed = model.features[0]?.scenarios.find((s) => s.failureState !== undefined);
  const [feature] = JSON.parse(renderCucumberJson(model, { deterministic: true })) as JsonFeature[];
  const element = feature?.elements.find((e) => e.id.endsWith(`;${failed?.name.replace(/ /g, '-').toLowerCase()}`));
  const after = element?.steps.find((s) => s.hidden && s.keyword === 'After');
  const decoded = after?.embeddings?.map((e) => [e.mime_type, Buffer.from(e.data, 'base64').toString('utf8')]);
  expect(decoded?.slice(1)).toEqual([['text/plain', failed?.failureState?.clusterState], ['text/yaml', failed?.failureState?.objectsYaml]]);
  expect(decoded?.[0]?.[1]).toMatch(/^virtual time: 2025-01-01T00:00:0\dZ {2}seed: 11\nreplay: /);
});
