// Tests the read model and every format on a real graded run (fixtures/run-grading, recorded by
// its record.ts): the student's own failures (wrong replica count, malformed, refused and missing
// manifests) against grader errors (missing and malformed instructor fixtures, a broken fixture met
// by kubectl, an undefined step), and the failure state the After hook attached.
import { test } from 'node:test';
import { expect } from 'expect';
import { gradingModel } from '../format/fixture-run.ts';
import { allScenarios } from './run-model.ts';
import { failureSummary } from '../format/text.ts';
import { buildGradescope } from '../gradescope.ts';
import { buildClassroom, renderClassroomSummary } from '../classroom.ts';
import { renderJunit } from '../junit.ts';
import { renderHtml } from '../html/render-html.ts';

const model = gradingModel({ seed: 11 });
const scenarios = allScenarios(model);

test('student failures and grader errors are told apart', () => {
  expect(scenarios.map((s) => [s.line, s.status, s.graderError])).toEqual([
    [5, 'passed', false], [12, 'failed', false], [19, 'failed', false], [24, 'failed', false], [29, 'failed', false],
    [34, 'failed', true], [39, 'failed', true], [49, 'failed', true], [56, 'undefined', true], [61, 'passed', false],
  ]);
  expect(scenarios.map(failureSummary).slice(5, 9)).toEqual([
    'broken fixture: the path "fixtures/quota.yaml" does not exist',
    'broken fixture: error parsing features/grading.feature:docstring: error converting YAML to JSON: yaml: line 3: Flow sequence in block collection must be sufficiently indented and end with a ]',
    "a command failed on a broken fixture of the feature's author, so this failure is not the submission's: broken fixture: error parsing fixtures/broken.yaml: error converting YAML to JSON: yaml: line 7: Flow map in block collection must be sufficiently indented and end with a }",
    'Undefined step: Then nobody wrote this step',
  ]);
  expect(scenarios[7]?.steps.at(-1)?.errorType).toBe('FixtureError');
});

test('the failure state is read from the After hook attachments, not left among the step attachments', () => {
  const failed = scenarios[1];
  expect(failed?.failureState?.clusterState?.split('\n').slice(0, 3)).toEqual([
    'NAMESPACE   NAME                       READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES',
    'default     pod/web-7fd845f59b-mv4mp   1/1     Running   0          2s    10.244.1.2   node-1   <none>           <none>',
    'default     pod/web-7fd845f59b-s6lfs   1/1     Running   0          2s    10.244.2.2   node-2   <none>           <none>',
  ]);
  const yaml = failed?.failureState?.objectsYaml ?? '';
  expect(yaml.split('\n')[0]).toBe('# Objects named by the failing step, with their owners and what they own, at t=2800ms at the failing step "the deployment \\"web\\" has 3 available replicas"');
  expect([...yaml.matchAll(/^kind: (\w+)\n(?:.*\n)*? {2}name: (\S+)$/gm)].map((m) => `${m[1]}/${m[2]}`))
    .toEqual(['Deployment/web', 'ReplicaSet/web-7fd845f59b', 'Pod/web-7fd845f59b-mv4mp', 'Pod/web-7fd845f59b-s6lfs']);
  expect(failed?.steps.at(-1)?.attachments.map((a) => a.split('\n')[0])).toEqual(['virtual time: 2025-01-01T00:00:02Z  seed: 11']);
  expect(scenarios.map((s) => s.failureState !== undefined)).toEqual([false, true, true, true, true, true, true, true, false, false]);
});

test('Gradescope: grader errors say so and earn nothing; student failures are failures', () => {
  const results = buildGradescope(model, { deterministic: true });
  expect([results.score, results.max_score]).toEqual([3, 13]);
  expect(results.output).toContain("**4 grader error(s):** these scenarios could not be judged and are the grader's fault.");
  expect(results.tests.map((t) => [t.number, t.status, t.score, t.output.split(':')[0]])).toEqual([
    ['1.1', 'passed', 2, 'Passed (features/grading.feature'], ['1.2', 'failed', 0, '**Failed'], ['1.3', 'failed', 0, '**Failed'],
    ['1.4', 'failed', 0, '**Failed'], ['1.5', 'failed', 0, '**Failed'],
    ['1.6', 'failed', 0, '**Grader error** — not counted against you; tell your instructor'],
    ['1.7', 'failed', 0, '**Grader error** — not counted against you; tell your instructor'],
    ['1.8', 'failed', 0, '**Grader error** — not counted against you; tell your instructor'],
    ['1.9', 'failed', 0, '**Grader error** — not counted against you; tell your instructor'],
    ['1.10', 'passed', 1, 'Passed (features/grading.feature'],
  ]);
  expect(results.tests[2]?.output.split('\n')[0]).toBe('**Failed:** kubectl apply -f ${submission}/bad.yaml failed: error: error parsing ${submission}/bad.yaml: error converting YAML to JSON: yaml: line 6: Flow sequence in block collection must be sufficiently indented and end with a ]');
});

test('Classroom: grader errors are `error`, the run status is error, the summary names them', () => {
  const result = buildClassroom(model, { deterministic: true });
  expect([result.status, result.max_score]).toEqual(['error', 13]);
  expect(result.tests.map((t) => t.status)).toEqual(['pass', 'fail', 'fail', 'fail', 'fail', 'error', 'error', 'error', 'error', 'pass']);
  const summary = renderClassroomSummary(model);
  expect(summary).toContain('| A missing instructor fixture (`features/grading.feature:34`) | grader error: broken fixture: the path "fixtures/quota.yaml" does not exist |');
  expect(summary).toContain('| The student\'s missing manifest (`features/grading.feature:29`) | kubectl apply -f ${submission}/service.yaml failed: error: the path "${submission}/service.yaml" does not exist |');
});

test('JUnit: broken fixtures are <error type="FixtureError">, student failures <failure>', () => {
  const xml = renderJunit(model, { deterministic: true });
  expect(xml).toContain('<testsuite name="Grading a submission" tests="10" failures="4" errors="4" skipped="0" time="0.000" file="features/grading.feature">');
  expect([...xml.matchAll(/<(error|failure) type="(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
    'failure:JestAssertionError', 'failure:Error', 'failure:Error', 'failure:Error',
    'error:FixtureError', 'error:FixtureError', 'error:FixtureError', 'error:UndefinedStep',
  ]);
  expect(xml).not.toContain('objects-involved');
});

test('HTML: a failed scenario shows kubectl get all and the objects involved; others do not', () => {
  const html = renderHtml(model, { deterministic: true });
  const section = html.slice(html.indexOf('<section class="scenario is-failed" id="s1-2"'), html.indexOf('<section', html.indexOf('id="s1-2"') + 1));
  expect(section).toContain('<h4 id="s1-2-state">Cluster state at the failure</h4>\n<details open><summary><code>kubectl get all -A -o wide</code></summary>'
    + '<pre class="state" aria-label="kubectl get all -A -o wide at the failure">NAMESPACE   NAME                       READY   STATUS ');
  expect(section).toContain('NAMESPACE   NAME                  READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR\n'
    + 'default     deployment.apps/web   2/2     2            2           2s    web          nginx:1.27   app=web\n');
  expect(section).toContain('<details open><summary>Objects involved (YAML)</summary><pre class="state" aria-label="objects involved as YAML">'
    + '# Objects named by the failing step, with their owners and what they own, at t=2800ms at the failing step &quot;the deployment \\&quot;web\\&quot; has 3 available replicas&quot;\napiVersion: apps/v1\nkind: Deployment\n');
  expect(section).not.toContain('replayed from the journal');
  expect(html.match(/<h4 id="s1-\d+-state">/g)).toEqual(['s1-2', 's1-3', 's1-4', 's1-5', 's1-6', 's1-7', 's1-8'].map((id) => `<h4 id="${id}-state">`));
  expect(renderHtml(model, { deterministic: true })).toBe(html);
});
