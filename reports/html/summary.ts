// The report's summary: totals (scenarios by status, points, seed, versions, wall duration unless
// deterministic), then tables per feature, per rubric item and per tag with points, and links to
// every scenario that did not pass.
// Leaves out trends across runs (one run per report).
import type { RunModel, ScenarioResult } from '../model/run-model.ts';
import { allScenarios } from '../model/run-model.ts';
import { scoreByRubric, scoreByTag, totalScore, type ScoreLine } from '../grading/score.ts';
import { escapeXml } from '../format/text.ts';
import type { FormatOptions } from '../format/options.ts';
import { scenarioBadge } from './status-badge.ts';

export function renderSummary(model: RunModel, ids: Map<ScenarioResult, string>, options: FormatOptions): string {
  const scenarios = allScenarios(model);
  const total = totalScore(scenarios);
  const facts: [string, string][] = [
    ['Scenarios', countsText(scenarios)],
    ['Points', `${total.score} / ${total.maxScore}`],
    ['Seed', model.seed === undefined ? 'per scenario' : String(model.seed)],
    ['Versions', Object.entries(model.versions).map(([k, v]) => `${escapeXml(k)} ${escapeXml(v)}`).join(', ')],
  ];
  if (!options.deterministic) {
    facts.push(['Wall duration', `${model.durationMs} ms`]);
    if (model.startedAt) facts.push(['Started', escapeXml(model.startedAt)]);
  }
  const notPassed = scenarios.filter((s) => s.status !== 'passed');
  return [
    '<section aria-labelledby="summary-h">',
    '<h2 id="summary-h">Summary</h2>',
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    scoreTable('Features', model.features.map((f) => totalScore(f.scenarios, f.name))),
    scoreTable('Rubric items', scoreByRubric(model)),
    scoreTable('Tags', scoreByTag(model)),
    notPassed.length > 0 ? '<h3>Not passed</h3>' : '',
    notPassed.length > 0
      ? `<ul>${notPassed.map((s) => `<li>${scenarioBadge(s)} <a href="#${ids.get(s) ?? ''}">${escapeXml(s.name)}</a> <code>${escapeXml(s.location)}</code></li>`).join('')}</ul>`
      : '',
    '</section>',
  ].filter((part) => part !== '').join('\n');
}

function countsText(scenarios: readonly ScenarioResult[]): string {
  const counts = new Map<string, number>();
  for (const s of scenarios) {
    const key = s.graderError ? 'grader error' : s.status;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([k, n]) => `${n} ${k}`);
  return `${scenarios.length} (${parts.join(', ')})`;
}

function scoreTable(caption: string, lines: readonly ScoreLine[]): string {
  const head = '<tr><th scope="col">Name</th><th scope="col" class="num">Passed</th><th scope="col" class="num">Not passed</th>'
    + '<th scope="col" class="num">Grader errors</th><th scope="col" class="num">Points</th></tr>';
  const rows = lines.map((l) => `<tr><th scope="row">${escapeXml(l.key)}</th><td class="num">${l.passed}</td>`
    + `<td class="num">${l.total - l.passed - l.graderErrors}</td><td class="num">${l.graderErrors}</td>`
    + `<td class="num">${l.score} / ${l.maxScore}</td></tr>`);
  return `<table><caption>${caption}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}
