// Tests `kubespec grade` end to end with a stand-in runSuite that copies recorded runs, so the
// aggregation, per-student reports, rejections and class report are checked without the engine.
import { test } from 'node:test';
import { expect } from 'expect';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './grade.ts';
import type { RunSuite, RunSuiteOptions } from '../../reports/grading/run-suite.ts';

const FIXTURES = fileURLToPath(new URL('../../reports/fixtures/', import.meta.url));

function setup(): { submissions: string; features: string; out: string; calls: RunSuiteOptions[]; runSuite: RunSuite } {
  const root = mkdtempSync(join(tmpdir(), 'kubespec-grade-'));
  const submissions = join(root, 'submissions');
  const features = join(root, 'features');
  for (const student of ['alice', 'bob']) {
    mkdirSync(join(submissions, student), { recursive: true });
    writeFileSync(join(submissions, student, 'web.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
  }
  writeFileSync(join(submissions, 'bob', 'hack.js'), 'require("child_process").execSync("touch /tmp/pwned")');
  mkdirSync(features, { recursive: true });
  writeFileSync(join(features, 'web.feature'), 'Feature: Web\n  Scenario: s\n    When I apply "${submission}/web.yaml"\n');
  const calls: RunSuiteOptions[] = [];
  const runSuite: RunSuite = async (options) => {
    calls.push(options);
    const recorded = basename(options.submissionRoot) === 'alice' ? 'run-alt' : 'run-basic';
    mkdirSync(options.outDir, { recursive: true });
    for (const f of ['messages.ndjson', 'journal.ndjson']) copyFileSync(join(FIXTURES, recorded, f), join(options.outDir, f));
    return { exitCode: 0, outDir: options.outDir };
  };
  return { submissions, features, out: join(root, 'out'), calls, runSuite };
}

test('grades each submission in isolation with the same seed and writes the class report', async () => {
  const s = setup();
  expect(await main(['--submissions', s.submissions, '--features', s.features, '--out', s.out, '--seed', '7', '--deterministic'], s.runSuite)).toBe(0);
  expect(s.calls.map((c) => [basename(c.submissionRoot), c.seed, c.paths])).toEqual([['alice', 7, [s.features]], ['bob', 7, [s.features]]]);
  expect(readFileSync(join(s.out, 'class-report.csv'), 'utf8')).toBe(
    'student,deploy,total,max,grader_errors,status\nalice,10,10,9,0,graded\nbob,6,6,9,1,graded with grader errors\n');
  const html = readFileSync(join(s.out, 'class-report.html'), 'utf8');
  expect(html).toContain('<th scope="row"><a href="students/bob/report.html">bob</a></th><td class="num">6 / 9</td>');
  for (const f of ['report.html', 'results.json', 'junit.xml']) expect(existsSync(join(s.out, 'students', 'alice', f))).toBe(true);
  expect(readFileSync(join(s.out, 'students', 'bob', 'report.html'), 'utf8')).not.toContain('to have 4 available replicas');
  expect(existsSync('/tmp/pwned')).toBe(false);
});

test('a submission with a symlink out of its folder or a manifest bomb is rejected, not run', async () => {
  const s = setup();
  symlinkSync('/etc/passwd', join(s.submissions, 'alice', 'web2.yaml'));
  writeFileSync(join(s.submissions, 'bob', 'bomb.yaml'), 'a: &a [x]\n' + Array.from({ length: 200 }, (_, i) => `k${i}: [*a, *a]`).join('\n'));
  expect(await main(['--submissions', s.submissions, '--features', s.features, '--out', s.out], s.runSuite)).toBe(0);
  expect(s.calls).toEqual([]);
  const csv = readFileSync(join(s.out, 'class-report.csv'), 'utf8');
  expect(csv).toBe('student,total,max,grader_errors,status\n'
    + 'alice,0,0,0,rejected: web2.yaml: symlink leaves the submission folder\n'
    + 'bob,0,0,0,rejected: bomb.yaml: 400 YAML aliases exceed 100 (alias expansion bomb)\n');
  expect(JSON.parse(readFileSync(join(s.out, 'students', 'bob', 'results.json'), 'utf8')).output).toContain('alias expansion bomb');
});

test('instructor fixture paths that leave the submission are refused', async () => {
  const s = setup();
  writeFileSync(join(s.features, 'evil.feature'), 'Feature: E\n  Scenario: e\n    When I apply "${submission}/../../secret.yaml"\n');
  await main(['--submissions', s.submissions, '--features', s.features, '--out', s.out], s.runSuite);
  expect(s.calls).toEqual([]);
  expect(readFileSync(join(s.out, 'class-report.csv'), 'utf8'))
    .toContain('alice,0,0,0,rejected: fixture path leaves the submission folder: ${submission}/../../secret.yaml');
});

test('a runner failure is a grader error for that student only; usage errors exit 2', async () => {
  const s = setup();
  const flaky: RunSuite = async (o) => { if (basename(o.submissionRoot) === 'alice') throw new Error('cluster did not settle'); return s.runSuite(o); };
  expect(await main(['--submissions', s.submissions, '--features', s.features, '--out', s.out], flaky)).toBe(0);
  const csv = readFileSync(join(s.out, 'class-report.csv'), 'utf8');
  expect(csv).toContain('alice,,0,0,1,grader-error: cluster did not settle');
  expect(csv).toContain('bob,6,6,9,1,graded with grader errors');
  expect(await main(['--submissions', s.submissions], s.runSuite)).toBe(2);
});

test('broken instructor fixtures are grader errors in the class report, the student\'s report and every format', async () => {
  const s = setup();
  const graded: RunSuite = async (o) => {
    s.calls.push(o);
    mkdirSync(o.outDir, { recursive: true });
    for (const f of ['messages.ndjson', 'journal.ndjson']) copyFileSync(join(FIXTURES, 'run-grading', f), join(o.outDir, f));
    return { exitCode: 1, outDir: o.outDir };
  };
  expect(await main(['--submissions', s.submissions, '--features', s.features, '--out', s.out, '--seed', '11', '--deterministic',
    '--fixtures', s.features, '--format', 'html,gradescope,junit,classroom'], graded)).toBe(0);
  expect(s.calls.map((c) => [basename(c.submissionRoot), c.fixtureRoot])).toEqual([['alice', s.features], ['bob', s.features]]);
  expect(readFileSync(join(s.out, 'class-report.csv'), 'utf8')).toBe('student,deploy,manifests,grader,total,max,grader_errors,status\n'
    + 'alice,2,0,1,3,13,4,graded with grader errors\nbob,2,0,1,3,13,4,graded with grader errors\n');
  expect(readFileSync(join(s.out, 'class-report.html'), 'utf8')).toContain('<th scope="row"><a href="students/alice/report.html">alice</a></th>'
    + '<td class="num">2 / 5</td><td class="num">0 / 3</td><td class="num">1 / 5</td><td class="num">3 / 13</td><td class="num">4</td><td>graded with grader errors</td></tr>');
  const student = join(s.out, 'students', 'alice');
  const results = JSON.parse(readFileSync(join(student, 'results.json'), 'utf8')) as { score: number; tests: { name: string; output: string }[] };
  expect(results.tests.filter((t) => t.output.startsWith('**Grader error**')).map((t) => t.name))
    .toEqual(['A missing instructor fixture', 'A malformed instructor doc string', 'A broken fixture met by kubectl', 'An undefined step']);
  const classroom = JSON.parse(readFileSync(join(student, 'classroom-result.json'), 'utf8')) as { status: string; tests: { status: string }[] };
  expect([classroom.status, classroom.tests.filter((t) => t.status === 'error').length, classroom.tests.filter((t) => t.status === 'fail').length]).toEqual(['error', 4, 4]);
  expect(readFileSync(join(student, 'junit.xml'), 'utf8').match(/<error type="FixtureError"/g)?.length).toBe(3);
  expect(readFileSync(join(student, 'report.html'), 'utf8'))
    .toContain('<span class="status status-error">⚠ grader error (failed)</span> A missing instructor fixture</h3>');
});
