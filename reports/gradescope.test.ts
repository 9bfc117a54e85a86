// Tests Gradescope results.json: totals, per-test fields, visibility and the failure fallback.
import { test } from 'node:test';
import { expect } from 'expect';
import { buildGradescope, renderGradescope, renderGradescopeFailure } from './gradescope.ts';
import { fixtureModel } from './format/fixture-run.ts';
import { expectGolden } from './format/golden.ts';

test('matches the golden file in deterministic mode', () => {
  expectGolden(renderGradescope(fixtureModel(), { deterministic: true }), 'gradescope-results.json');
});

test('score counts extra credit, max_score does not; hidden tests are after_published', () => {
  const results = buildGradescope(fixtureModel(), { deterministic: true });
  expect([results.score, results.max_score, results.execution_time]).toEqual([6, 9, 0]);
  expect(results.tests.map((t) => [t.number, t.name, t.score, t.max_score, t.status, t.visibility])).toEqual([
    ['1.1', 'Deployment becomes available', 5, 5, 'passed', 'visible'],
    ['1.2', 'Failing check', 0, 2, 'failed', 'after_published'],
    ['1.3', 'Scale to 3', 1, 1, 'passed', 'visible'],
    ['1.4', 'Scale to 9', 0, 1, 'failed', 'visible'],
    ['1.5', 'Undefined step', 0, 0, 'failed', 'visible'],
  ]);
  expect(results.tests[4]?.output).toBe(
    '**Grader error** — not counted against you; tell your instructor: Undefined step: Then something nobody defined\n\n'
    + 'Replay: `npx kubespec run features/web.feature:25 --seed 42`');
});

test('a run that could not be graded still gives a valid results.json with the reason', () => {
  const results = JSON.parse(renderGradescopeFailure('fixture path leaves the submission: ../x.yaml')) as Record<string, unknown>;
  expect(results['score']).toBe(0);
  expect(results['tests']).toEqual([]);
  expect(results['output']).toContain('fixture path leaves the submission: ../x.yaml');
});
