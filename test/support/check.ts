// `npm test`: every check, in order — typecheck, lint (ESLint + determinism guard + import
// boundaries), unit and property tests, the whole feature suite, and the determinism check (the
// suite again; journals must be byte-identical) — with V8 coverage collected by c8 and
// summarised. Ends with one line `N passed, N failed` counting tests, scenarios and checks.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The module hooks that load TypeScript (bin/typescript/register.js), as a URL for --import. */
const TS_LOADER = new URL('../../bin/typescript/register.js', import.meta.url).href;

const node = process.execPath;
const out = 'reports/out/check';
const coverageDir = '.c8-tmp';
let passed = 0;
let failed = 0;

function stage(title: string): void {
  console.log(`\n━━ ${title} ━━`);
}

function run(args: string[], env: Record<string, string> = {}, capture = false): SpawnSyncReturns<string> {
  const r = spawnSync(node, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...env } });
  if (capture) process.stdout.write(r.stdout ?? '');
  return r;
}

function count(ok: boolean, what: string): void {
  if (ok) passed++;
  else {
    failed++;
    console.log(`✗ ${what}`);
  }
}

rmSync(out, { recursive: true, force: true });
rmSync(coverageDir, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const coverage = { NODE_V8_COVERAGE: join(process.cwd(), coverageDir) };

stage('typecheck');
count(run(['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']).status === 0, 'typecheck');

stage('lint');
count(run(['--import', TS_LOADER, 'test/support/lint.ts']).status === 0, 'lint');

stage('unit and property tests');
const tap = join(out, 'unit.tap');
const unit = run(['--import', TS_LOADER, 'test/support/unit.ts'], { ...coverage, KUBESPEC_TAP: tap });
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const unitPass = Number(/^# pass (\d+)/m.exec(tapText)?.[1] ?? 0);
const unitFail = Number(/^# fail (\d+)/m.exec(tapText)?.[1] ?? 0);
passed += unitPass;
failed += unitFail;
if (unit.status !== 0 && unitFail === 0) count(false, 'unit test runner');

stage('feature suite');
const first = run(['bin/kubespec.js', 'run', 'features', '--out', join(out, 'run-1')], coverage, true);
const summary = /^(\d+) passed, (\d+) failed$/m.exec(first.stdout ?? '');
passed += Number(summary?.[1] ?? 0);
failed += Number(summary?.[2] ?? 0);
if (!summary) count(false, 'feature suite did not report');

stage('determinism: the suite again with the same seeds');
run(['bin/kubespec.js', 'run', 'features', '--out', join(out, 'run-2')], {}, true);
const journal = (n: number): string => {
  const p = join(out, `run-${n}`, 'journal.ndjson');
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
};
const same = journal(1) !== '' && journal(1) === journal(2);
console.log(same ? `journals identical (${journal(1).split('\n').length - 1} lines)` : 'journals differ between two runs with the same seeds');
count(same, 'determinism check: journals');
const report = (n: number): string => {
  const p = join(out, `run-${n}`, 'report.html');
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
};
const sameReport = report(1) !== '' && report(1) === report(2);
console.log(sameReport ? 'reports identical' : 'report.html differs between two runs with the same seeds');
count(sameReport, 'determinism check: reports');

stage('coverage');
run(['node_modules/c8/bin/c8.js', 'report', '--temp-directory', coverageDir, '--reporter=text-summary',
  '--exclude=**/*.test.ts', '--exclude=test/**', '--exclude=node_modules/**', '--exclude=bench/**']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
