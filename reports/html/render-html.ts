// The kubespec HTML report: one self-contained, offline file (uPlot inlined) with the summary,
// filters and one section per scenario. Deterministic: ids come from report order, data from
// the model only; wall-clock values appear only when not `deterministic`.
// Leaves out the Cucumber HTML formatter's own view (messages.ndjson feeds that tool directly).
import type { RunModel, ScenarioResult } from '../model/run-model.ts';
import { allScenarios } from '../model/run-model.ts';
import { escapeXml } from '../format/text.ts';
import type { FormatOptions } from '../format/options.ts';
import { chartAssets, inlineSafe, jsonForScript } from './assets.ts';
import { chartPayload, type ChartPayload } from './charts.ts';
import { CLIENT_SCRIPT } from './client-script.ts';
import { clusterPayload, type ClusterPayload } from './cluster-view.ts';
import { renderScenario } from './scenario-section.ts';
import { REPORT_CSS } from './styles.ts';
import { renderSummary } from './summary.ts';
import { scenarioCharts } from './timeline.ts';

export function renderHtml(model: RunModel, options: FormatOptions = {}): string {
  const title = options.title ?? 'kubespec report';
  const ids = new Map<ScenarioResult, string>();
  model.features.forEach((f, fi) => f.scenarios.forEach((s, si) => ids.set(s, `s${fi + 1}-${si + 1}`)));
  const charts: Record<string, ChartPayload> = {};
  const clusters: Record<string, ClusterPayload> = {};
  const sections = model.features.map((feature, fi) => [
    `<section aria-labelledby="f${fi + 1}-h">`,
    `<h2 id="f${fi + 1}-h">${escapeXml(feature.keyword)}: ${escapeXml(feature.name)} <code>${escapeXml(feature.uri)}</code></h2>`,
    feature.description ? `<p>${escapeXml(feature.description)}</p>` : '',
    ...feature.scenarios.map((s) => {
      const id = ids.get(s) ?? '';
      const concealed = options.concealHidden === true && s.hidden;
      const scenarioChartList = concealed ? [] : scenarioCharts(id, s.journal);
      for (const chart of scenarioChartList) charts[chart.id] = chartPayload(chart);
      const cluster = clusterPayload(concealed || s.status === 'passed' ? [] : s.journal);
      if (!concealed && s.status !== 'passed') clusters[`${id}-cv`] = cluster;
      return renderScenario(id, s, { charts: scenarioChartList, cluster }, options);
    }),
    '</section>',
  ].filter((part) => part !== '').join('\n'));
  const assets = chartAssets();
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${inlineSafe(assets.style)}</style>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the scenarios</a>',
    `<header><h1>${escapeXml(title)}</h1></header>`,
    '<main id="main">',
    renderSummary(model, ids, options),
    filters(allScenarios(model).length),
    ...sections,
    '</main>',
    `<script type="application/json" id="kubespec-data">${jsonForScript({ charts, clusters })}</script>`,
    `<script>${inlineSafe(assets.script)}</script>`,
    `<script>${inlineSafe(CLIENT_SCRIPT)}</script>`,
    '</body>',
    '</html>',
  ].join('\n') + '\n';
}

function filters(count: number): string {
  return [
    '<div class="filters" role="search">',
    '<label for="filter-text">Filter scenarios</label>',
    '<input type="search" id="filter-text" placeholder="name, tag, file:line, status">',
    '<label><input type="checkbox" id="filter-failed"> Only not passed</label>',
    `<span id="filter-count" aria-live="polite">${count} shown</span>`,
    '</div>',
  ].join('\n');
}
