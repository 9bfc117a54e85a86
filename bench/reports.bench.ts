// Benchmark (issue 8): 1,000 scenarios of 5-10 steps on small clusters (1-2 nodes), run serially
// through the real `kubespec run` path (bin/kubespec.js in a child process: Cucumber, the
// engine, the After hook, then report.html + junit.xml from messages.ndjson + journal.ndjson),
// then `kubespec report --from` alone. Ten scenarios fail on purpose so the report carries
// failure sections with the cluster state. Figures are printed, never asserted (floor ≤ 10 s).
// Run: node --import ./bin/typescript/register.js bench/reports.bench.ts [--keep]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure } from './figure.ts';

const SCENARIOS = 1000;
const PER_FEATURE = 50;
const FAILING_EVERY = 100;

const deployment = (name: string, replicas: number): string => `    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: ${name}
      spec:
        replicas: ${replicas}
        selector:
          matchLabels: {app: ${name}}
        template:
          metadata:
            labels: {app: ${name}}
          spec:
            containers:
              - name: ${name}
                image: nginx:1.27
      """`;

/** Four shapes of 5 to 10 steps; every FAILING_EVERY-th scenario expects one replica too many. */
function scenario(i: number): string {
  const name = `web${i}`;
  const nodes = 1 + (i % 2);
  const wrong = i % FAILING_EVERY === FAILING_EVERY - 1 ? 1 : 0;
  const shapes = [
    [`Given a cluster with ${nodes} nodes`, deployment(name, 2), 'And the cluster settles',
      `Then the deployment "${name}" has ${2 + wrong} available replicas`, `And the deployment "${name}" has 2 pods`],
    [`Given a cluster with ${nodes} nodes`, deployment(name, 1), 'And the cluster settles',
      `When I scale the deployment "${name}" to 3 replicas`, 'And the cluster settles',
      `Then the deployment "${name}" has ${3 + wrong} available replicas`, `And the deployment "${name}" has 1 replica set`],
    [`Given a cluster with ${nodes} nodes`, deployment(name, 2), 'And the cluster settles',
      `When I run "kubectl get deployment ${name} -o jsonpath={.status.readyReplicas}"`, `Then the output is "${2 + wrong}"`,
      'And 30 seconds pass', `And the deployment "${name}" has 2 available replicas`, `And there are 2 pods labelled "app=${name}"`],
    [`Given a cluster with ${nodes} nodes`, deployment(name, 2), 'And the cluster settles',
      `When I run "kubectl set image deployment/${name} ${name}=nginx:1.28"`, 'Then the command succeeds', 'And the cluster settles',
      `And the deployment "${name}" is rolled out`, `And the deployment "${name}" has ${2 + wrong} available replicas`,
      `And the deployment "${name}" has 2 replica sets`, `And there are 2 pods labelled "app=${name}"`],
  ];
  const steps = shapes[i % shapes.length] ?? [];
  return [`  Scenario: Scenario ${i}`, ...steps.map((s) => (s.startsWith('    ') ? s : `    ${s}`))].join('\n');
}

function writeFeatures(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < SCENARIOS / PER_FEATURE; f++) {
    const body = Array.from({ length: PER_FEATURE }, (_, j) => scenario(f * PER_FEATURE + j)).join('\n\n');
    writeFileSync(join(dir, `bench-${String(f).padStart(2, '0')}.feature`), `Feature: Bench ${f}\n\n${body}\n`);
  }
}

function kubespec(args: string[], cwd: string): { wallMs: number; stdout: string; status: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'kubespec.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`kubespec ${args.join(' ')} exited ${String(r.status)}: ${r.stderr}`);
  return { wallMs, stdout: r.stdout, status: r.status };
}

const root = mkdtempSync(join(tmpdir(), 'kubespec-bench-reports-'));
try {
  writeFeatures(join(root, 'features'));
  const out = join(root, 'out');
  const run = kubespec(['run', 'features', '--out', out], root);
  const summary = /^(\d+) passed, (\d+) failed$/m.exec(run.stdout);
  const report = kubespec(['report', '--from', out, '--deterministic'], root);
  figure('1,000 scenarios: kubespec run incl. reports', run.wallMs / 1000, 's wall', { atMost: 10 });
  figure('same, kubespec report --from (html + junit)', report.wallMs / 1000, 's wall');
  figure('scenarios passed / failed (10 fail on purpose)', Number(summary?.[1] ?? 0), `passed, ${summary?.[2] ?? '?'} failed`);
  figure('report.html size', statSync(join(out, 'report.html')).size / 1024, 'KiB');
  figure('messages.ndjson size', statSync(join(out, 'messages.ndjson')).size / 1024, 'KiB');
} finally {
  if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
  else console.log(`kept ${root}`);
}
