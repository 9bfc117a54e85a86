// JUnit XML as GitLab's and GitHub's test reporters read it: <testsuites>, one <testsuite> per
// feature, one <testcase> per scenario (outline rows made unique), <failure type message>,
// <error> for grader errors, <skipped/>, file and line attributes, points and rubric as <properties>.
// Modelled on cucumber-js's junit formatter and the Jenkins/Surefire schema; leaves out hostname/timestamp.
import type { FeatureResult, RunModel, ScenarioResult } from './model/run-model.ts';
import { allScenarios } from './model/run-model.ts';
import { wallMs, type FormatOptions } from './format/options.ts';
import { FIXTURE_ERROR_TYPE } from './model/failure-state.ts';
import { decidingStep, escapeXml, failureSummary, replayCommand, seconds, uniqueNames } from './format/text.ts';

interface Counts { tests: number; failures: number; errors: number; skipped: number; timeMs: number }

export function renderJunit(model: RunModel, options: FormatOptions = {}): string {
  const all = count(allScenarios(model), options);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(options.title ?? 'kubespec')}"${countAttrs(all)}>`,
    ...model.features.flatMap((feature) => renderSuite(feature, options)),
    '</testsuites>',
  ];
  return lines.join('\n') + '\n';
}

function renderSuite(feature: FeatureResult, options: FormatOptions): string[] {
  const names = uniqueNames(feature);
  return [
    `  <testsuite name="${escapeXml(feature.name)}"${countAttrs(count(feature.scenarios, options))} file="${escapeXml(feature.uri)}">`,
    ...feature.scenarios.flatMap((s) => renderCase(feature, s, names.get(s) ?? s.name, options)),
    '  </testsuite>',
  ];
}

function renderCase(feature: FeatureResult, s: ScenarioResult, name: string, options: FormatOptions): string[] {
  const attrs = `classname="${escapeXml(feature.name)}" name="${escapeXml(name)}" file="${escapeXml(s.uri)}" line="${s.line}" time="${seconds(wallMs(s.durationMs, options))}"`;
  return [
    `    <testcase ${attrs}>`,
    '      <properties>',
    ...properties(s).map(([k, v]) => `        <property name="${k}" value="${escapeXml(v)}"/>`),
    '      </properties>',
    ...outcome(s),
    `      <system-out>${escapeXml(stepListing(s))}</system-out>`,
    '    </testcase>',
  ];
}

function properties(s: ScenarioResult): [string, string][] {
  const props: [string, string][] = [['points', String(s.points)]];
  if (s.rubric !== undefined) props.push(['rubric', s.rubric]);
  if (s.extraCredit) props.push(['extra-credit', 'true']);
  if (s.hidden) props.push(['hidden', 'true']);
  if (s.seed !== undefined) props.push(['seed', String(s.seed)]);
  props.push(['replay', replayCommand(s)]);
  return props;
}

function outcome(s: ScenarioResult): string[] {
  const step = decidingStep(s);
  const message = escapeXml(failureSummary(s));
  const attached = s.steps.flatMap((st) => st.attachments);
  const body = escapeXml([step?.errorMessage ?? failureSummary(s), ...attached].join('\n\n'));
  if (s.graderError) return [`      <error type="${graderErrorType(s)}" message="${message}">${body}</error>`];
  if (s.status === 'failed') return [`      <failure type="${escapeXml(step?.errorType ?? 'Error')}" message="${message}">${body}</failure>`];
  if (s.status === 'skipped') return ['      <skipped/>'];
  return [];
}

function graderErrorType(s: ScenarioResult): string {
  const step = decidingStep(s);
  const status = step?.status ?? s.status;
  if (step?.errorType === FIXTURE_ERROR_TYPE) return FIXTURE_ERROR_TYPE;
  return status === 'failed' ? 'HookError' : `${status.charAt(0).toUpperCase()}${status.slice(1)}Step`;
}

function stepListing(s: ScenarioResult): string {
  const steps = s.steps.map((st) => `${st.keyword}${st.text}${'.'.repeat(Math.max(3, 60 - st.keyword.length - st.text.length))}${st.status}`);
  return [...steps, `Replay: ${replayCommand(s)}`].join('\n');
}

function count(scenarios: readonly ScenarioResult[], options: FormatOptions): Counts {
  const c: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, timeMs: 0 };
  for (const s of scenarios) {
    c.tests += 1;
    c.timeMs += wallMs(s.durationMs, options);
    if (s.graderError) c.errors += 1;
    else if (s.status === 'failed') c.failures += 1;
    else if (s.status === 'skipped') c.skipped += 1;
  }
  return c;
}

function countAttrs(c: Counts): string {
  return ` tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="${seconds(c.timeMs)}"`;
}
