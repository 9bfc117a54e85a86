// Small text helpers every format shares: XML/HTML escaping, the one-line failure summary,
// seconds with fixed precision, unique scenario names within a feature.
// Modelled on cucumber-js's junit formatter naming (outline rows get a distinguishing suffix).
// Leaves out locale-aware formatting: output must be byte-identical everywhere.
import type { FeatureResult, ScenarioResult, StepResult } from '../model/run-model.ts';
import { isGraderErrorStep } from '../model/status.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML and HTML attributes and content; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing the control characters XML cannot carry
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** The step that decided the scenario's status: for a grader error the step to blame, else the first non-passed step. */
export function decidingStep(scenario: ScenarioResult): StepResult | undefined {
  const blamed = scenario.graderError ? scenario.steps.find(isGraderErrorStep) : undefined;
  return blamed ?? scenario.steps.find((step) => step.status !== 'passed' && step.status !== 'skipped')
    ?? scenario.steps.find((step) => step.status !== 'passed');
}

/**
 * One line saying why a scenario did not pass: the first line of the error, or the step status.
 * A first line that only introduces what follows (`kubectl apply failed:`) takes the next line
 * along; an `expect(...)` matcher line takes its `Expected:` and `Received:` lines.
 */
export function failureSummary(scenario: ScenarioResult): string {
  const step = decidingStep(scenario);
  if (!step) return '';
  const lines = (step.errorMessage ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('at '));
  const first = lines[0]?.replace(/^\w*Error: /, '');
  if (!first) return `${capitalise(step.status)} step: ${step.keyword}${step.text}`;
  if (first.endsWith(':') && lines[1]) return `${first} ${lines[1]}`;
  if (first.startsWith('expect(')) {
    const values = lines.filter((l) => /^(Expected|Received)( value)?:/.test(l));
    if (values.length > 0) return `${first} — ${values.join(', ')}`;
  }
  return first;
}

/** Scenario names unique within their feature: repeated names get ` (line N)` appended. */
export function uniqueNames(feature: FeatureResult): Map<ScenarioResult, string> {
  const counts = new Map<string, number>();
  for (const s of feature.scenarios) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  return new Map(feature.scenarios.map((s) => [s, (counts.get(s.name) ?? 0) > 1 ? `${s.name} (line ${s.line})` : s.name]));
}

export function replayCommand(scenario: ScenarioResult): string {
  const seed = scenario.seed === undefined ? '' : ` --seed ${scenario.seed}`;
  return `npx kubespec run ${scenario.location}${seed}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
