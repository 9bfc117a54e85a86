// Tests `kubespec report`: re-rendering a saved run, determinism, usage errors and the
// Gradescope fallback when the run cannot be read.
import { test } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './report.ts';
import { FIXTURE_RUN } from '../../reports/format/fixture-run.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kubespec-report-'));

test('re-renders every format from a saved run', async () => {
  const out = tmp();
  expect(await main(['--from', FIXTURE_RUN, '--out', out, '--format', 'html,junit,gradescope,classroom,cucumber-json'])).toBe(0);
  expect(readdirSync(out).sort()).toEqual([
    'classroom-result.json', 'classroom-summary.md', 'cucumber.json', 'junit.xml', 'report.html', 'results.json',
  ]);
});

test('--deterministic output is byte-identical across renders and equals the golden JUnit', async () => {
  const [a, b] = [tmp(), tmp()];
  await main(['--from', FIXTURE_RUN, '--out', a, '--deterministic', '--format', 'html,junit']);
  await main(['--from', FIXTURE_RUN, '--out', b, '--deterministic', '--format', 'html,junit']);
  expect(readFileSync(join(a, 'report.html'), 'utf8')).toBe(readFileSync(join(b, 'report.html'), 'utf8'));
  expect(readFileSync(join(a, 'junit.xml'), 'utf8'))
    .toBe(readFileSync(join(FIXTURE_RUN, '..', 'golden', 'junit.xml'), 'utf8'));
});

test('usage errors exit 2', async () => {
  expect(await main([])).toBe(2);
  expect(await main(['--from', FIXTURE_RUN, '--format', 'pdf', '--out', tmp()])).toBe(2);
  expect(await main(['--bogus'])).toBe(2);
});

test('an unreadable run exits 1 and still writes Gradescope results.json with the reason', async () => {
  const out = tmp();
  expect(await main(['--from', tmp(), '--out', out, '--format', 'gradescope'])).toBe(1);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { score: number; output: string };
  expect(results.score).toBe(0);
  expect(results.output).toContain('no messages.ndjson in');
});
