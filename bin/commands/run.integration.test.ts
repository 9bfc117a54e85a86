// `kubespec run` of a failing scenario, twice with the same seed, each in its own process: it
// prints plain progress lines to a pipe; the report carries the cluster state at the failure, is
// byte-identical across the two runs, and `kubespec report --from` re-renders the same file from
// the saved messages and journal alone.
import { test } from 'node:test';
import { expect } from 'expect';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../kubespec.js', import.meta.url));

const FEATURE = `Feature: Failing
  Scenario: Three replicas expected
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """
    And the cluster settles
    Then the deployment "web" has 3 available replicas
`;

/** Runs kubespec with stdout a pipe (as in CI); returns what it printed there. */
function kubespec(cwd: string, args: string[]): string {
  try {
    return execFileSync(process.execPath, [BIN, ...args], { cwd, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
    return (error as { stdout: string }).stdout;
  }
}

test('a failed scenario\'s report shows the state at the failure, the same on every run and on re-rendering', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-run-'));
  mkdirSync(join(dir, 'features'));
  writeFileSync(join(dir, 'features', 'failing.feature'), FEATURE);
  const printed = kubespec(dir, ['run', 'features', '--seed', '5', '--out', 'a']);
  kubespec(dir, ['run', 'features', '--seed', '5', '--out', 'b']);
  expect(printed.startsWith('FAILED features/failing.feature:2 Three replicas expected\nfeatures/failing.feature: 1 scenario (0 passed, 1 failed) [1/1]\n\nFailures:\n')).toBe(true);
  expect(printed.endsWith('\n0 passed, 1 failed\n')).toBe(true);
  expect(printed.includes('\r') || printed.includes('\x1b')).toBe(false);
  const html = readFileSync(join(dir, 'a', 'report.html'), 'utf8');
  expect(readFileSync(join(dir, 'b', 'report.html'), 'utf8')).toBe(html);
  expect(html).toContain('<h4 id="s1-1-state">Cluster state at the failure</h4>');
  expect(html).toContain('\ndefault     deployment.apps/web   2/2     2            2           3s    web          nginx:1.27   app=web\n');
  expect(html).toContain('# Objects named by the failing step, with their owners and what they own, at t=3000ms at the failing step &quot;the deployment \\&quot;web\\&quot; has 3 available replicas&quot;\napiVersion: apps/v1\nkind: Deployment\n');
  kubespec(dir, ['report', '--from', 'a', '--out', 'c', '--deterministic', '--seed', '5']);
  expect(readFileSync(join(dir, 'c', 'report.html'), 'utf8')).toBe(html);
  expect(readFileSync(join(dir, 'a', 'messages.ndjson'), 'utf8')).toContain('"fileName":"objects-involved.yaml"');
});
