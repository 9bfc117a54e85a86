// A property written as a condition phrase: exploration shrinks its failure, writes a feature
// whose last step asserts the phrase at every moment, and `kubespec run` on that file fails the
// same way, naming the moment: the counterexample is replayable as it stands.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'expect';
import { exploreCluster } from './explore.ts';
import { webDeployment } from './manifests.ts';

test('a condition property\'s counterexample is shrunk, written with its Then, and fails again under kubespec run', () => {
  // A directory of its own: test files run concurrently, and another one writes counterexamples too.
  const outDir = mkdtempSync(join(tmpdir(), 'kubespec-counterexample-'));
  try {
    const result = exploreCluster({
      manifests: [webDeployment], operations: ['apply', 'scale', 'settle'],
      invariants: ['unique-pod-ips', { name: 'web-at-most-4', always: 'at most 4 pods of deployment "web" exist' }],
      runs: 50, seed: 3, maxCommands: 6, maxNodes: 2, outDir, name: 'web-at-most-4',
    });
    expect(result.failed).toBe(true);
    expect(result.counterexample?.failure.invariant).toBe('web-at-most-4');
    const feature = readFileSync(result.file ?? '', 'utf8');
    const scenario = feature.slice(feature.indexOf('    Given'));
    expect(scenario.split('\n').filter((l) => /^ {4}\w/.test(l))).toEqual([
      '    Given a cluster with 1 node',
      '    When I apply:',
      '    And I scale the deployment "web" to 5 replicas',
      // The scale only queues the controllers' work; the next step runs it (any step would).
      '    And I apply:',
      '    Then the invariant "unique-pod-ips" holds',
      '    And at every moment since the scenario started, at most 4 pods of deployment "web" exist',
    ]);
    const reports = mkdtempSync(join(tmpdir(), 'kubespec-replay-'));
    const run = spawnSync(process.execPath, ['bin/kubespec.js', 'run', result.file ?? '', '--out', reports], { encoding: 'utf8' });
    rmSync(reports, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('not at every moment since the scenario started: at most 4 pods of deployment "web" exist');
    expect(run.stdout).toContain('observed 5 existing');
    expect(run.stdout).toMatch(/^0 passed, 1 failed$/m);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
