// The class report: one row per student, one column per rubric item (score / max), totals,
// grader errors and status; as a self-contained HTML table linking each student's report, and
// as CSV (cells that a spreadsheet would run as a formula are prefixed with ').
// Leaves out charts: the per-student reports carry the timelines.
import { relative } from 'node:path';
import { scoreByRubric, totalScore } from './score.ts';
import { allScenarios } from '../model/run-model.ts';
import { escapeXml } from '../format/text.ts';
import type { StudentOutcome } from './grade-submissions.ts';

export interface ClassRow {
  student: string;
  cells: Map<string, { score: number; maxScore: number }>;
  score: number;
  maxScore: number;
  graderErrors: number;
  status: string;
  reportDir: string;
}

export function classRows(outcomes: readonly StudentOutcome[]): { rubric: string[]; rows: ClassRow[] } {
  const rubric: string[] = [];
  const rows = outcomes.map((o): ClassRow => {
    if (o.kind !== 'graded') {
      return { student: o.student, cells: new Map(), score: 0, maxScore: 0, graderErrors: o.kind === 'grader-error' ? 1 : 0,
        status: `${o.kind}: ${o.reason}`, reportDir: o.reportDir };
    }
    const lines = scoreByRubric(o.model);
    for (const l of lines) if (!rubric.includes(l.key)) rubric.push(l.key);
    const total = totalScore(allScenarios(o.model));
    return { student: o.student, cells: new Map(lines.map((l) => [l.key, { score: l.score, maxScore: l.maxScore }])),
      score: total.score, maxScore: total.maxScore, graderErrors: total.graderErrors,
      status: total.graderErrors > 0 ? 'graded with grader errors' : 'graded', reportDir: o.reportDir };
  });
  return { rubric, rows };
}

export function renderClassCsv(outcomes: readonly StudentOutcome[]): string {
  const { rubric, rows } = classRows(outcomes);
  const header = ['student', ...rubric, 'total', 'max', 'grader_errors', 'status'];
  const lines = rows.map((r) => [r.student, ...rubric.map((k) => String(r.cells.get(k)?.score ?? '')),
    String(r.score), String(r.maxScore), String(r.graderErrors), r.status]);
  return [header, ...lines].map((line) => line.map(csvCell).join(',')).join('\n') + '\n';
}

export function renderClassHtml(outcomes: readonly StudentOutcome[], outDir: string): string {
  const { rubric, rows } = classRows(outcomes);
  const head = ['Student', ...rubric, 'Total', 'Grader errors', 'Status']
    .map((h, i) => `<th scope="col"${i > 0 && i <= rubric.length + 2 ? ' class="num"' : ''}>${escapeXml(h)}</th>`).join('');
  const body = rows.map((r) => {
    const link = `${relative(outDir, r.reportDir)}/report.html`;
    const cells = rubric.map((k) => { const c = r.cells.get(k); return `<td class="num">${c ? `${c.score} / ${c.maxScore}` : '—'}</td>`; });
    return `<tr><th scope="row"><a href="${escapeXml(link)}">${escapeXml(r.student)}</a></th>${cells.join('')}`
      + `<td class="num">${r.score} / ${r.maxScore}</td><td class="num">${r.graderErrors}</td><td>${escapeXml(r.status)}</td></tr>`;
  });
  return ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">',
    '<title>kubespec class report</title>',
    '<style>body{font:15px/1.5 system-ui,sans-serif;margin:16px;color-scheme:light dark}table{border-collapse:collapse}'
      + 'th,td{border:1px solid #8888;padding:4px 8px;text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}</style>',
    '</head><body><main>', '<h1>kubespec class report</h1>',
    `<table><caption>${rows.length} submissions × ${rubric.length} rubric items (points earned / possible)</caption>`,
    `<thead><tr>${head}</tr></thead>`, `<tbody>${body.join('\n')}</tbody></table>`, '</main></body></html>'].join('\n') + '\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
