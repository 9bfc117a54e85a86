// Tests the submission screen: ordinary manifests pass; bombs and escapes are rejected quickly.
import { test } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSubmission, DEFAULT_LIMITS, scanManifest } from './submission-check.ts';

test('ordinary manifests pass; code files are listed as ignored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-sub-'));
  writeFileSync(join(dir, 'web.yaml'), 'apiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: Pod\n');
  writeFileSync(join(dir, 'steps.js'), 'process.exit(1)');
  expect(checkSubmission(dir)).toEqual({ ok: true, problems: [], manifests: ['web.yaml'], ignored: ['steps.js'] });
});

test('named bombs are rejected with the budget they exceed', () => {
  const cases: [string, string, string][] = [
    ['deep block nesting', Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n'), 'nesting deeper than 64 levels'],
    ['deep flow nesting', '['.repeat(100) + ']'.repeat(100), 'nesting deeper than 64 levels'],
    ['many documents', 'a: 1\n---\n'.repeat(1500), '1501 YAML documents exceed 1000'],
    ['alias expansion', 'a: &a [1]\n' + 'b: [*a, *a, *a]\n'.repeat(40), '120 YAML aliases exceed 100 (alias expansion bomb)'],
  ];
  for (const [, text, problem] of cases) expect(scanManifest(text, DEFAULT_LIMITS)).toBe(problem);
});

test('an oversized file is rejected by size before it is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-sub-'));
  writeFileSync(join(dir, 'huge.yaml'), 'x'.repeat(DEFAULT_LIMITS.maxFileBytes + 1));
  const started = process.hrtime.bigint();
  const check = checkSubmission(dir);
  expect(check.problems).toEqual([`huge.yaml: ${DEFAULT_LIMITS.maxFileBytes + 1} bytes exceeds ${DEFAULT_LIMITS.maxFileBytes}`]);
  expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
});
