// Tests the GitHub Classroom result JSON and job summary.
import { test } from 'node:test';
import { expect } from 'expect';
import { buildClassroom, renderClassroom, renderClassroomSummary } from './classroom.ts';
import { fixtureModel } from './format/fixture-run.ts';
import { expectGolden } from './format/golden.ts';

test('matches the golden files in deterministic mode', () => {
  expectGolden(renderClassroom(fixtureModel(), { deterministic: true }), 'classroom-result.json');
  expectGolden(renderClassroomSummary(fixtureModel()), 'classroom-summary.md');
});

test('status is error when a grader error exists; per-test status and score', () => {
  const result = buildClassroom(fixtureModel(), { deterministic: true });
  expect([result.version, result.status, result.max_score]).toEqual([1, 'error', 9]);
  expect(result.tests.map((t) => [t.name, t.status, t.score, t.line_no])).toEqual([
    ['Deployment becomes available', 'pass', 5, 6],
    ['Failing check', 'fail', 0, 12],
    ['Scale to 3', 'pass', 1, 21],
    ['Scale to 9', 'fail', 0, 22],
    ['Undefined step', 'error', 0, 25],
  ]);
});

test('hidden scenarios do not reveal their steps or failure', () => {
  const hidden = buildClassroom(fixtureModel()).tests[1];
  expect([hidden?.message, hidden?.test_code]).toEqual(['hidden test: details are shown when grades are published', '']);
  expect(renderClassroomSummary(fixtureModel())).not.toContain('4 available replicas');
});
