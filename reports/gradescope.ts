// Gradescope autograder results.json: score, max_score, execution_time, output (Markdown),
// tests[] with name, number, score, max_score, status, output, tags, visibility.
// Follows gradescope-autograders.readthedocs.io "Autograder Specifications"; @hidden scenarios are
// `after_published`, extra credit has max_score 0. Leaves out leaderboard and extra_data.
import type { RunModel, ScenarioResult } from './model/run-model.ts';
import { earned, possible, scoreByRubric, totalScore } from './grading/score.ts';
import { allScenarios } from './model/run-model.ts';
import { wallMs, type FormatOptions } from './format/options.ts';
import { decidingStep, failureSummary, replayCommand, uniqueNames } from './format/text.ts';

export interface GradescopeTest {
  name: string;
  number: string;
  score: number;
  max_score: number;
  status: 'passed' | 'failed';
  output: string;
  output_format: 'md';
  tags: string[];
  visibility: 'visible' | 'after_published';
}

export interface GradescopeResults {
  score: number;
  max_score: number;
  execution_time: number;
  output: string;
  output_format: 'md';
  test_output_format: 'md';
  visibility: 'visible';
  stdout_visibility: 'hidden';
  tests: GradescopeTest[];
}

export function buildGradescope(model: RunModel, options: FormatOptions = {}): GradescopeResults {
  const tests = model.features.flatMap((feature, f) => {
    const names = uniqueNames(feature);
    return feature.scenarios.map((s, i) => toTest(s, names.get(s) ?? s.name, `${f + 1}.${i + 1}`));
  });
  const total = totalScore(allScenarios(model));
  return {
    score: total.score,
    max_score: total.maxScore,
    execution_time: Math.round(wallMs(model.durationMs, options) / 1000),
    output: summaryMarkdown(model),
    output_format: 'md',
    test_output_format: 'md',
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests,
  };
}

export function renderGradescope(model: RunModel, options: FormatOptions = {}): string {
  return JSON.stringify(buildGradescope(model, options), null, 2) + '\n';
}

/** results.json for a run that could not be graded at all: Gradescope still shows the reason. */
export function renderGradescopeFailure(reason: string): string {
  const results: GradescopeResults = {
    score: 0, max_score: 0, execution_time: 0,
    output: `**Grading failed** (a problem with the grader or the submission's files, not a test result):\n\n\`\`\`\n${reason}\n\`\`\`\n`,
    output_format: 'md', test_output_format: 'md', visibility: 'visible', stdout_visibility: 'hidden', tests: [],
  };
  return JSON.stringify(results, null, 2) + '\n';
}

function toTest(s: ScenarioResult, name: string, number: string): GradescopeTest {
  return {
    name,
    number,
    score: earned(s),
    max_score: possible(s),
    status: s.status === 'passed' ? 'passed' : 'failed',
    output: testOutput(s),
    output_format: 'md',
    tags: s.tags.map((tag) => tag.replace(/^@/, '')),
    visibility: s.hidden ? 'after_published' : 'visible',
  };
}

function testOutput(s: ScenarioResult): string {
  if (s.status === 'passed') return `Passed (${s.location}).`;
  const step = decidingStep(s);
  const head = s.graderError
    ? `**Grader error** — not counted against you; tell your instructor: ${failureSummary(s)}`
    : `**Failed:** ${failureSummary(s)}`;
  const details = step?.errorMessage ? `\n\n\`\`\`\n${step.errorMessage}\n\`\`\`` : '';
  return `${head}${details}\n\nReplay: \`${replayCommand(s)}\``;
}

function summaryMarkdown(model: RunModel): string {
  const rows = scoreByRubric(model).map((l) => `| ${l.key} | ${l.score} / ${l.maxScore} | ${l.passed} / ${l.total} |`);
  const errors = allScenarios(model).filter((s) => s.graderError).length;
  const note = errors > 0 ? `\n\n**${errors} grader error(s):** these scenarios could not be judged and are the grader's fault.` : '';
  return ['| Rubric | Points | Scenarios passed |', '| --- | --- | --- |', ...rows].join('\n') + note + '\n';
}
