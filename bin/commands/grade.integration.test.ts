// `kubespec grade` against the real core: each submission runs in its own child process through
// bin/commands/run.ts runSuite (two in a row must both load the step definitions), and the time
// budget stops a run that takes too long.
import { test } from 'node:test';
import { expect } from 'expect';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './grade.ts';

const POD = (name: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n`;

const FEATURE = `@rubric=pods
Feature: Pods
  @points=4
  Scenario: The pod is named web
    Given a cluster with 1 node
    When I apply the manifest "\${submission}/pod.yaml"
    And the cluster settles
    Then I run "kubectl get pods -o name"
    And the output is "pod/web"

  @rubric=basics
  Scenario: The manifest applies
    Given a cluster with 1 node
    When I apply the manifest "\${submission}/pod.yaml"
    Then the command succeeds
`;

function setup(): { submissions: string; features: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'kubespec-grade-real-'));
  for (const [student, pod] of [['alice', 'web'], ['bob', 'wrong']] as const) {
    mkdirSync(join(root, 'subs', student), { recursive: true });
    writeFileSync(join(root, 'subs', student, 'pod.yaml'), POD(pod));
  }
  mkdirSync(join(root, 'features'));
  writeFileSync(join(root, 'features', 'pod.feature'), FEATURE);
  return { submissions: join(root, 'subs'), features: join(root, 'features'), out: join(root, 'out') };
}

test('grades two submissions with the real runner, each in its own process', { timeout: 120_000 }, async () => {
  const s = setup();
  expect(await main(['--submissions', s.submissions, '--features', s.features, '--out', s.out, '--seed', '5'])).toBe(0);
  expect(readFileSync(join(s.out, 'class-report.csv'), 'utf8'))
    .toBe('student,pods,basics,total,max,grader_errors,status\nalice,4,1,5,5,0,graded\nbob,0,1,1,5,0,graded\n');
  const results = JSON.parse(readFileSync(join(s.out, 'students', 'bob', 'results.json'), 'utf8')) as { score: number; tests: { output: string }[] };
  expect(results.score).toBe(1);
  expect(results.tests[0]?.output).toContain('Expected: "pod/web"');
});

test('a run over its time budget is stopped and reported as a grader error', { timeout: 60_000 }, async () => {
  const s = setup();
  expect(await main(['--submissions', s.submissions, '--features', s.features, '--out', s.out, '--timeout-ms', '50'])).toBe(0);
  expect(readFileSync(join(s.out, 'class-report.csv'), 'utf8')).toBe('student,total,max,grader_errors,status\n'
    + 'alice,0,0,1,grader-error: the run exceeded its time budget of 50 ms and was stopped\n'
    + 'bob,0,0,1,grader-error: the run exceeded its time budget of 50 ms and was stopped\n');
});

test('with the real runner, a broken instructor fixture is a grader error and a malformed student manifest a failure', { timeout: 120_000 }, async () => {
  const s = setup();
  writeFileSync(join(s.submissions, 'bob', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: [\n');
  const instructor = join(s.features, '..', 'course');
  mkdirSync(join(instructor, 'fixtures'), { recursive: true });
  writeFileSync(join(instructor, 'fixtures', 'quota.yaml'), 'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: q\nspec:\n  hard: {pods: "3"}\n');
  writeFileSync(join(s.features, 'quota.feature'), `@rubric=quota
Feature: Quota
  Scenario: The instructor's quota applies
    Given a cluster with 1 node
    When I apply the manifest "fixtures/quota.yaml"
    Then I apply the manifest "\${submission}/pod.yaml"

  Scenario: A fixture the instructor forgot
    Given a cluster with 1 node
    When I apply the manifest "fixtures/limits.yaml"
`);
  expect(await main(['--submissions', s.submissions, '--features', s.features, '--out', s.out, '--seed', '5', '--fixtures', instructor])).toBe(0);
  expect(readFileSync(join(s.out, 'class-report.csv'), 'utf8')).toBe('student,pods,basics,quota,total,max,grader_errors,status\n'
    + 'alice,4,1,1,6,7,1,graded with grader errors\nbob,0,0,0,0,7,1,graded with grader errors\n');
  const bob = JSON.parse(readFileSync(join(s.out, 'students', 'bob', 'results.json'), 'utf8')) as { tests: { name: string; output: string }[] };
  const malformed = '**Failed:** kubectl apply -f ${submission}/pod.yaml failed: error: error parsing ${submission}/pod.yaml: error converting YAML to JSON: yaml: line 4: Flow sequence in block collection must be sufficiently indented and end with a ]';
  expect(bob.tests.map((t) => [t.name, t.output.split('\n')[0]])).toEqual([
    ['The pod is named web', malformed], ['The manifest applies', malformed], ["The instructor's quota applies", malformed],
    ['A fixture the instructor forgot', '**Grader error** — not counted against you; tell your instructor: broken fixture: the path "fixtures/limits.yaml" does not exist'],
  ]);
});
