// Tests the read model against a recorded cucumber-js run (fixtures/run-basic) and its journal.
import { test } from 'node:test';
import { expect } from 'expect';
import { fileURLToPath } from 'node:url';
import { loadRun } from './load-run.ts';
import { allScenarios } from './run-model.ts';

const RUN = fileURLToPath(new URL('../fixtures/run-basic', import.meta.url));

test('features and scenarios in document order with uri:line and status', () => {
  const model = loadRun(RUN);
  expect(model.features.map((f) => f.name)).toEqual(['Web deployment']);
  expect(allScenarios(model).map((s) => [s.location, s.name, s.status])).toEqual([
    ['features/web.feature:6', 'Deployment becomes available', 'passed'],
    ['features/web.feature:12', 'Failing check', 'failed'],
    ['features/web.feature:21', 'Scale to 3', 'passed'],
    ['features/web.feature:22', 'Scale to 9', 'failed'],
    ['features/web.feature:25', 'Undefined step', 'undefined'],
  ]);
});

test('points, rubric, hidden, extra credit and seed come from tags, inherited from the feature', () => {
  const s = allScenarios(loadRun(RUN, { defaultPoints: 1 }));
  expect(s.map((x) => [x.points, x.rubric, x.hidden, x.extraCredit, x.seed])).toEqual([
    [5, 'deploy', false, false, 42],
    [2, 'deploy', true, false, 42],
    [1, 'deploy', false, false, 42],
    [1, 'deploy', false, false, 42],
    [1, 'deploy', false, true, 42],
  ]);
  expect(allScenarios(loadRun(RUN, { defaultPoints: 3 }))[2]?.points).toBe(3);
});

test('steps carry keyword, status, error message and the matched definition', () => {
  const failing = allScenarios(loadRun(RUN))[1];
  expect(failing?.steps.map((st) => [st.keyword, st.text, st.status, st.match])).toEqual([
    ['Given ', 'a cluster with 2 nodes', 'passed', 'steps/s.mjs:2'],
    ['Then ', 'the deployment "web" has 4 available replicas', 'failed', 'steps/s.mjs:4'],
  ]);
  expect(failing?.steps[1]?.errorMessage?.split('\n')[0])
    .toBe('Error: expected deployment "web" to have 4 available replicas, observed 3');
});

test('undefined steps are grader errors, failures are not', () => {
  expect(allScenarios(loadRun(RUN)).map((s) => s.graderError)).toEqual([false, false, false, false, true]);
});

test('journal lines are joined on uri:line and give the virtual time', () => {
  const s = allScenarios(loadRun(RUN));
  expect(s.map((x) => [x.journal.length, x.virtualTimeMs])).toEqual([
    [23, 6000], [10, 90000], [2, 0], [2, 0], [2, 0],
  ]);
});

test('explicit seed option wins over the journal seed mark', () => {
  expect(loadRun(RUN, { seed: 7 }).seed).toBe(7);
  expect(loadRun(RUN).seed).toBe(42);
});
