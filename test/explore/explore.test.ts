// The fixed-seed exploration `npm test` runs: 15 random sequences of at most 12 operations on at
// most 3 nodes over the built-in Deployments, every library invariant after every write; plus
// the counterexample writer against a deliberately broken invariant (the shrunk feature it writes).
import { test } from 'node:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'expect';
import type { Invariant } from '../../engine/invariants/invariant.ts';
import { exploreCluster } from './explore.ts';
import { defaultManifests, webDeployment } from './manifests.ts';

test('any sequence of operations on the built-in Deployments keeps every invariant', () => {
  const result = exploreCluster({ manifests: defaultManifests, runs: 15, seed: 20250101, maxCommands: 12, maxNodes: 3, outDir: 'reports/out/counterexamples' });
  expect(result.failed ? result.counterexample?.failure.message : 'ok').toBe('ok');
  expect(result.runs).toBe(15);
});

const atMostTwoPods: Invariant = {
  name: 'at-most-two-pods',
  description: 'Deliberately broken: the default namespace never holds more than 2 pods.',
  mode: 'always',
  resources: ['pods'],
  check: (state) => {
    const pods = state.list('pods', 'default');
    return pods.length <= 2 ? [] : [{ invariant: 'at-most-two-pods', message: `${pods.length} pods exist`, objects: pods.map((p) => `Pod/default/${p.metadata.name ?? ''}`) }];
  },
};

test('a broken invariant is shrunk to a minimal sequence and written as a runnable feature', () => {
  // A directory of its own: test files run concurrently, and another one writes counterexamples too.
  const outDir = mkdtempSync(join(tmpdir(), 'kubespec-counterexample-'));
  try {
    checkWrittenCounterexample(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

function checkWrittenCounterexample(outDir: string): void {
  const result = exploreCluster({
    manifests: [webDeployment], operations: ['apply', 'scale', 'advance', 'settle'], invariants: ['unique-pod-ips', atMostTwoPods],
    runs: 30, seed: 7, maxCommands: 8, maxNodes: 2, outDir, name: 'at-most-two-pods',
  });
  expect(result.failed).toBe(true);
  expect(result.counterexample?.failure.invariant).toBe('at-most-two-pods');
  const feature = readFileSync(result.file ?? '', 'utf8');
  expect(feature).toContain('Feature: Counterexample: at-most-two-pods');
  expect(feature).toContain('    When I apply:\n      """\n      apiVersion: apps/v1\n      kind: Deployment');
  expect(feature).toContain('Then the invariant "unique-pod-ips" holds');
  expect(feature).toMatch(/@seed=\d+ @counterexample/);
}
