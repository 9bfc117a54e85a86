// Chart markup: a <figure> per timeline with a caption, the canvas host uPlot draws into, and
// the same numbers as an accessible data table; plus the JSON payload the client script reads.
// Times go to the page in seconds of virtual time. Leaves out tooltips beyond uPlot's legend.
import type { Chart } from './timeline.ts';
import { escapeXml } from '../format/text.ts';

export interface ChartPayload {
  title: string;
  x: number[];
  series: { label: string; values: number[] }[];
}

export function chartPayload(chart: Chart): ChartPayload {
  return { title: chart.title, x: chart.xMs.map((ms) => ms / 1000), series: chart.series };
}

export function renderChartFigure(chart: Chart): string {
  const head = ['virtual time (s)', ...chart.series.map((s) => s.label)];
  const rows = chart.xMs.map((ms, i) => [String(ms / 1000), ...chart.series.map((s) => String(s.values[i] ?? ''))]);
  return [
    `<figure class="chart" aria-labelledby="${chart.id}-cap">`,
    `<figcaption id="${chart.id}-cap">${escapeXml(chart.title)}</figcaption>`,
    `<div class="chart-canvas" data-chart="${chart.id}" role="img" aria-label="${escapeXml(chart.title)}; data in the table below"></div>`,
    '<details><summary>Data table</summary><table>',
    `<thead><tr>${head.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td class="num">${escapeXml(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
    '</table></details>',
    '</figure>',
  ].join('\n');
}
