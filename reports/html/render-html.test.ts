// Tests the HTML report's content and determinism (byte-identical output for the same inputs).
import { test } from 'node:test';
import { expect } from 'expect';
import { renderHtml } from './render-html.ts';
import { fixtureModel } from '../format/fixture-run.ts';

test('same inputs give byte-identical HTML in deterministic mode, without wall-clock values', () => {
  const a = renderHtml(fixtureModel(), { deterministic: true });
  const b = renderHtml(fixtureModel(), { deterministic: true });
  expect(a).toBe(b);
  expect(a).not.toContain('Wall duration');
  expect(a).not.toContain('2026-');
});

test('shows scenario names, failure message, seed and replay command, grader error badge', () => {
  const html = renderHtml(fixtureModel(), { deterministic: true });
  for (const name of ['Deployment becomes available', 'Failing check', 'Scale to 3', 'Scale to 9', 'Undefined step']) {
    expect(html).toContain(`${name}</h3>`);
  }
  expect(html).toContain('<pre class="error">Error: expected deployment &quot;web&quot; to have 4 available replicas, observed 3');
  expect(html).toContain('<code>npx kubespec run features/web.feature:12 --seed 42</code>');
  expect(html).toContain('<span class="status status-error">⚠ grader error (undefined)</span> Undefined step</h3>');
  expect(html).toContain('<dt>Points</dt><dd>6 / 9</dd>');
  expect(html).toContain('default     69s (x3 over 89s)   Warning   FailedScheduling   pod/big');
});

test('is self-contained: no external scripts, styles or images', () => {
  const html = renderHtml(fixtureModel(), { deterministic: true });
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|<img[^>]+src="http/);
  expect(html).toContain('prefers-color-scheme: dark');
});

test('wall duration is shown when not deterministic', () => {
  expect(renderHtml(fixtureModel())).toContain('<dt>Wall duration</dt>');
});

test('conceals hidden scenarios for students but keeps their score', () => {
  const html = renderHtml(fixtureModel(), { deterministic: true, concealHidden: true });
  expect(html).toContain('Hidden test: details are shown when grades are published.');
  expect(html).not.toContain('to have 4 available replicas');
  expect(html).toContain('Failing check</h3>');
});

test('hostile names and messages from the journal cannot inject markup or close the data script', async () => {
  const { buildRunModel } = await import('../model/build-model.ts');
  const { parseMessages } = await import('../model/messages.ts');
  const { readFileSync } = await import('node:fs');
  const { FIXTURE_RUN } = await import('../format/fixture-run.ts');
  const envelopes = parseMessages(readFileSync(`${FIXTURE_RUN}/messages.ndjson`, 'utf8'));
  const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
  const model = buildRunModel(envelopes, [
    { t: 0, time: 't', scenario: 'features/web.feature:12', component: 'c', verb: 'create', kind: 'Pod', namespace: 'default', name: evil },
    { t: 5, time: 't', scenario: 'features/web.feature:12', component: 'c', verb: 'event', kind: 'Pod', name: evil, reason: evil, message: evil, type: 'Warning' },
  ]);
  const html = renderHtml(model, { deterministic: true });
  expect(html).not.toContain('<script>alert(1)');
  expect(html).not.toContain('<img src=x');
  expect(html.split('</script>').length - 1).toBe(3);
});

test('a run recorded without failure attachments shows the objects replayed from the journal instead', () => {
  const html = renderHtml(fixtureModel(), { deterministic: true });
  expect(html).toContain('<details><summary>Cluster state at the end, replayed from the journal (t=');
  expect(html).not.toContain('Cluster state at the failure');
});
