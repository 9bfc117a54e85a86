// Tests the scoring rules on the fixture run: per rubric, per tag, totals with extra credit.
import { test } from 'node:test';
import { expect } from 'expect';
import { scoreByRubric, scoreByTag, totalScore } from './score.ts';
import { allScenarios } from '../model/run-model.ts';
import { fixtureModel } from '../format/fixture-run.ts';

test('totals: extra credit adds to the score only; grader errors are counted', () => {
  expect(totalScore(allScenarios(fixtureModel()))).toEqual({ key: 'total', score: 6, maxScore: 9, passed: 2, total: 5, graderErrors: 1 });
});

test('per rubric item and per tag (key=value tags left out)', () => {
  const model = fixtureModel();
  expect(scoreByRubric(model)).toEqual([{ key: 'deploy', score: 6, maxScore: 9, passed: 2, total: 5, graderErrors: 1 }]);
  expect(scoreByTag(model)).toEqual([
    { key: '@extra-credit', score: 0, maxScore: 0, passed: 0, total: 1, graderErrors: 1 },
    { key: '@hidden', score: 0, maxScore: 2, passed: 0, total: 1, graderErrors: 0 },
  ]);
});
