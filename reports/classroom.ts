// GitHub Classroom autograding: the runner result JSON the autograding-grading-reporter action
// reads (version 1, status pass|fail|error, max_score, tests[] with name, status, score, message,
// line_no, filename, execution_time) and a Markdown job summary for $GITHUB_STEP_SUMMARY.
// The run's exit code stays 0; grades live in these files. @hidden scenarios show their score only
// (students see Classroom output at once). Leaves out base64 encoding (the workflow does it).
import type { RunModel, ScenarioResult } from './model/run-model.ts';
import { allScenarios } from './model/run-model.ts';
import { earned, possible, scoreByRubric, totalScore } from './grading/score.ts';
import { wallMs, type FormatOptions } from './format/options.ts';
import { failureSummary, replayCommand } from './format/text.ts';

export interface ClassroomTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  score: number;
  max_score: number;
  message: string;
  test_code: string;
  filename: string;
  line_no: number;
  execution_time: string;
}

export interface ClassroomResult {
  version: 1;
  status: 'pass' | 'fail' | 'error';
  max_score: number;
  tests: ClassroomTest[];
}

export function buildClassroom(model: RunModel, options: FormatOptions = {}): ClassroomResult {
  const scenarios = allScenarios(model);
  const tests = scenarios.map((s) => toTest(s, options));
  const status = tests.some((t) => t.status === 'error') ? 'error' : tests.every((t) => t.status === 'pass') ? 'pass' : 'fail';
  return { version: 1, status, max_score: totalScore(scenarios).maxScore, tests };
}

export function renderClassroom(model: RunModel, options: FormatOptions = {}): string {
  return JSON.stringify(buildClassroom(model, options), null, 2) + '\n';
}

function toTest(s: ScenarioResult, options: FormatOptions): ClassroomTest {
  return {
    name: s.name,
    status: s.graderError ? 'error' : s.status === 'passed' ? 'pass' : 'fail',
    score: earned(s),
    max_score: possible(s),
    message: s.status === 'passed' ? '' : s.hidden ? HIDDEN : `${failureSummary(s)} — replay: ${replayCommand(s)}`,
    test_code: s.hidden ? '' : s.steps.map((step) => `${step.keyword}${step.text}`).join('\n'),
    filename: s.uri,
    line_no: s.line,
    execution_time: `${(wallMs(s.durationMs, options) / 1000).toFixed(2)}s`,
  };
}

/** The job summary: total, per rubric item, then one row per scenario that did not pass. */
export function renderClassroomSummary(model: RunModel): string {
  const scenarios = allScenarios(model);
  const total = totalScore(scenarios);
  const lines = [
    `## kubespec: ${total.score} / ${total.maxScore} points`,
    '',
    `${total.passed} of ${total.total} scenarios passed.`,
    '',
    '| Rubric item | Points | Passed |',
    '| --- | ---: | ---: |',
    ...scoreByRubric(model).map((l) => `| ${md(l.key)} | ${l.score} / ${l.maxScore} | ${l.passed} / ${l.total} |`),
  ];
  const notPassed = scenarios.filter((s) => s.status !== 'passed');
  if (notPassed.length > 0) {
    lines.push('', '### Not passed', '', '| Scenario | Why | Replay |', '| --- | --- | --- |');
    for (const s of notPassed) {
      const why = s.hidden ? HIDDEN : s.graderError ? `grader error: ${failureSummary(s)}` : failureSummary(s);
      lines.push(`| ${md(s.name)} (\`${s.location}\`) | ${md(why)} | \`${replayCommand(s)}\` |`);
    }
  }
  return lines.join('\n') + '\n';
}

const HIDDEN = 'hidden test: details are shown when grades are published';

function md(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
