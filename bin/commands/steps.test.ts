// Tests `kubespec steps` against the core's real step definitions (loaded via Cucumber's loadSupport).
import { test } from 'node:test';
import { expect } from 'expect';
import { loadStepRegistry, main } from './steps.ts';

test('the registry holds the core steps with project-relative files', async () => {
  const entries = await loadStepRegistry();
  const cluster = entries.find((e) => e.pattern === 'a cluster with {int} node(s)');
  expect(cluster?.file).toBe('steps/cluster.steps.ts');
  expect(cluster?.example).toMatch(/^Given a cluster with \d+ nodes?$/);
  expect(entries.every((e) => e.description.length > 0 && e.example.length > 0)).toBe(true);
});

test('usage errors exit 2', async () => {
  expect(await main(['--format', 'pdf'])).toBe(2);
  expect(await main(['--bogus'])).toBe(2);
});
