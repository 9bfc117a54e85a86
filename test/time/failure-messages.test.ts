// What a failing assertion over time says: the claim, the moment that contradicts it (time to
// the millisecond, store revision, what was observed) and the journal up to that write. Runs
// kubespec on a feature whose every scenario fails on purpose, and reads the printed errors.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'expect';

const FEATURE = `Feature: failing time assertions
  Background:
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 2
        strategy:
          rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec: { containers: [{ name: web, image: "nginx:1.27" }] }
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec: { selector: { app: web }, ports: [{ port: 80 }] }
      """
    And the cluster settles
    And I note the time as "rollout"
    And I run "kubectl set image deployment/web web=nginx:1.28"

  Scenario: eventually times out
    Then within 1 second the deployment "web" has 3 available replicas

  Scenario: always is broken by maxUnavailable 1
    Then within 1 minute the deployment "web" is rolled out
    And at every moment since the rollout started, at least 2 pods of deployment "web" were available

  Scenario: never is broken
    Then within 1 minute the deployment "web" is rolled out
    And since the rollout started, the service "web" never had 1 ready endpoint

  Scenario: wrong order
    Then within 1 minute the deployment "web" is rolled out
    And since the rollout started, the deployment "web" was rolled out before the old ReplicaSet of deployment "web" reached 0 replicas

  Scenario: never came
    Then the "Unhealthy" event came before the "ScalingReplicaSet" event

  Scenario: an invariant broken on purpose but not asserted
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: a }
      spec: { containers: [{ name: app, image: "nginx:1.27" }] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: b }
      spec: { containers: [{ name: app, image: "nginx:1.27" }] }
      """
    And the cluster settles
    And pod "b" is given the IP of pod "a"
`;

test('failures of within, every moment, never, before and an invariant name the moment and the journal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-time-'));
  writeFileSync(join(dir, 'failing.feature'), FEATURE);
  const run = spawnSync(process.execPath, ['bin/kubespec.js', 'run', join(dir, 'failing.feature'), '--out', join(dir, 'out')], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const lines = run.stdout.split('\n').map((l) => l.trim());
  const errors = lines.flatMap((l, i) => (l.startsWith('Error: ') ? [[l, lines[i + 1] ?? '', lines[i + 2] ?? '']] : []));
  expect(errors.map((e) => e.slice(0, 2))).toEqual([
    ['Error: expected within 1s: the deployment "web" has 3 available replicas', 'last observed at 2025-01-01T00:00:03.800Z: 1 available replicas'],
    ['Error: not at every moment since the rollout started: at least 2 pods of deployment "web" were available', 'moment: 2025-01-01T00:00:02.800Z (revision 62), observed 1 available, 1 existing'],
    ['Error: not true: since the rollout started, the service "web" never had 1 ready endpoint', 'moment: 2025-01-01T00:00:02.800Z (revision 69), observed 1 ready endpoints'],
    ['Error: not before: "the old ReplicaSet of deployment "web" reached 0 replicas" first held at 2025-01-01T00:00:05.600Z (revision 94), "the deployment "web" was rolled out" only at 2025-01-01T00:00:08.400Z (revision 129)',
      'moment: 2025-01-01T00:00:08.400Z (revision 129), observed 2 updated, 2 total, 2 available of 2'],
    ['Error: never came to hold in the scenario: the "Unhealthy" event came', 'now: no "Unhealthy" event'],
    ['Error: invariant unique-pod-ips violated at 2025-01-01T00:00:06.400Z (revision 147): pods a and b share IP 10.244.1.4 [Pod/default/a, Pod/default/b]', 'journal up to the first violation (revision 147):'],
  ]);
  expect(errors.map((e) => e[2])).toEqual([
    'journal meanwhile:', 'journal up to that moment:', 'journal up to that moment:', 'journal up to that moment:', expect.stringMatching(/^at /) as unknown as string,
    expect.stringMatching(/^2025-01-01T00:00:0\d\.\d{3}Z /) as unknown as string,
  ]);
  expect(lines).toContain('2025-01-01T00:00:02.800Z replicaset-controller delete Pod/web-7fd845f59b-b7nth rv=62');
  expect(lines).toContain('2025-01-01T00:00:06.400Z kubespec fault Pod/b given the IP 10.244.1.4 of pod a');
});
