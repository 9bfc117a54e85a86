// Runs the installed cucumber-js on a tiny feature in a temp dir (trivial steps, a failing Before
// hook, a Rule, a retried scenario) and checks the read model understands its live message stream.
import { test } from 'node:test';
import { expect } from 'expect';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRunModel } from './build-model.ts';
import { parseMessages } from './messages.ts';
import { parseJournal } from './journal.ts';
import { allScenarios } from './run-model.ts';

const FEATURE = `Feature: Live
  Rule: Scaling
    @points=3
    Scenario: passes
      Given a step that passes
  @broken
  Scenario: hook fails
    Given a step that passes
  Scenario: flaky
    Given a step that fails once
`;

const STEPS = `import { Given, Before } from '@cucumber/cucumber';
let calls = 0;
Before({ tags: '@broken' }, function () { throw new Error('fixture missing: web.yaml'); });
Given('a step that passes', function () {});
Given('a step that fails once', function () { calls += 1; if (calls === 1) throw new Error('first try'); });
`;

test('model of a live cucumber-js run: rules, failed hooks as grader errors, last retry wins', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-live-'));
  mkdirSync(join(dir, 'features'));
  writeFileSync(join(dir, 'features', 'live.feature'), FEATURE);
  writeFileSync(join(dir, 'steps.mjs'), STEPS);
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const root = fileURLToPath(new URL('../../node_modules', import.meta.url));
  symlinkSync(root, join(dir, 'node_modules'));
  const cli = join(dirname(createRequire(import.meta.url).resolve('@cucumber/cucumber/package.json')), 'bin', 'cucumber.js');
  try {
    execFileSync(process.execPath, [cli, '--import', 'steps.mjs', '--retry', '1', '--format', 'message:messages.ndjson', 'features'],
      { cwd: dir, stdio: 'pipe' });
  } catch { /* the run fails on purpose (the broken hook) */ }
  const envelopes = parseMessages(readFileSync(join(dir, 'messages.ndjson'), 'utf8'));
  const journal = parseJournal('{"t":5,"time":"2025-01-01T00:00:00.005Z","scenario":"features/live.feature:4","component":"kubespec","verb":"mark","reason":"Seed","message":"3"}\n');
  const scenarios = allScenarios(buildRunModel(envelopes, journal));
  expect(scenarios.map((s) => [s.location, s.status, s.graderError, s.points, s.seed])).toEqual([
    ['features/live.feature:4', 'passed', false, 3, 3],
    ['features/live.feature:7', 'failed', true, 1, undefined],
    ['features/live.feature:9', 'passed', false, 1, undefined],
  ]);
  const hook = scenarios[1]?.steps[0];
  expect([hook?.hook, hook?.keyword, hook?.status, hook?.errorMessage?.split('\n')[0]])
    .toEqual([true, 'Before ', 'failed', 'Error: fixture missing: web.yaml']);
});
