// Scoring rules for grading: a passed scenario earns its @points; extra-credit scenarios add to
// the score but not to the maximum; grader errors (undefined steps, broken hooks) earn nothing
// and are counted separately so they are reported as the grader's fault, not the student's.
// Leaves out partial credit within a scenario.
import type { RunModel, ScenarioResult } from '../model/run-model.ts';
import { allScenarios } from '../model/run-model.ts';

export interface ScoreLine {
  key: string;
  score: number;
  maxScore: number;
  passed: number;
  total: number;
  graderErrors: number;
}

export function earned(scenario: ScenarioResult): number {
  return scenario.status === 'passed' ? scenario.points : 0;
}

export function possible(scenario: ScenarioResult): number {
  return scenario.extraCredit ? 0 : scenario.points;
}

export function totalScore(scenarios: readonly ScenarioResult[], key = 'total'): ScoreLine {
  const line: ScoreLine = { key, score: 0, maxScore: 0, passed: 0, total: 0, graderErrors: 0 };
  for (const s of scenarios) {
    line.score += earned(s);
    line.maxScore += possible(s);
    line.total += 1;
    if (s.status === 'passed') line.passed += 1;
    if (s.graderError) line.graderErrors += 1;
  }
  return line;
}

/** One line per rubric item in first-seen order; scenarios without @rubric go under `(none)`. */
export function scoreByRubric(model: RunModel): ScoreLine[] {
  const groups = new Map<string, ScenarioResult[]>();
  for (const s of allScenarios(model)) {
    const key = s.rubric ?? '(none)';
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups].map(([key, scenarios]) => totalScore(scenarios, key));
}

/** One line per tag in sorted order, leaving out `key=value` tags (@points, @rubric, @seed have their own views). */
export function scoreByTag(model: RunModel): ScoreLine[] {
  const groups = new Map<string, ScenarioResult[]>();
  for (const s of allScenarios(model)) {
    for (const tag of new Set(s.tags.filter((t) => !t.includes('=')))) {
      const group = groups.get(tag);
      if (group) group.push(s);
      else groups.set(tag, [s]);
    }
  }
  return [...groups.keys()].sort().map((tag) => totalScore(groups.get(tag) ?? [], tag));
}
