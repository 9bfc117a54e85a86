// Renders a saved run (messages.ndjson + journal.ndjson) into the chosen formats and writes them:
// the one entry point `kubespec report`, `kubespec run` and `kubespec grade` share.
// Gradescope's results.json is written even when the run cannot be read, with the reason.
// Leaves out streaming while the run is in progress (reports are built after the run).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRun } from './model/load-run.ts';
import type { ModelOptions } from './model/build-model.ts';
import type { RunModel } from './model/run-model.ts';
import type { FormatOptions } from './format/options.ts';
import { renderJunit } from './junit.ts';
import { renderGradescope, renderGradescopeFailure } from './gradescope.ts';
import { renderClassroom, renderClassroomSummary } from './classroom.ts';
import { renderCucumberJson } from './cucumber-json.ts';
import { renderHtml } from './html/render-html.ts';

export const FORMATS = ['html', 'junit', 'gradescope', 'classroom', 'cucumber-json'] as const;
export type FormatName = (typeof FORMATS)[number];

/** File names inside the output directory, per format. */
export const OUTPUT_FILES: Record<FormatName, string[]> = {
  html: ['report.html'],
  junit: ['junit.xml'],
  gradescope: ['results.json'],
  classroom: ['classroom-result.json', 'classroom-summary.md'],
  'cucumber-json': ['cucumber.json'],
};

export interface WriteOptions extends FormatOptions, ModelOptions {
  formats: readonly FormatName[];
  outDir: string;
  /** Append the Classroom Markdown summary to this file (GitHub's $GITHUB_STEP_SUMMARY). */
  stepSummaryFile?: string;
}

const RENDERERS: Record<FormatName, (model: RunModel, options: FormatOptions) => string[]> = {
  html: (m, o) => [renderHtml(m, o)],
  junit: (m, o) => [renderJunit(m, o)],
  gradescope: (m, o) => [renderGradescope(m, o)],
  classroom: (m, o) => [renderClassroom(m, o), renderClassroomSummary(m)],
  'cucumber-json': (m, o) => [renderCucumberJson(m, o)],
};

export function parseFormats(list: string): FormatName[] {
  const names = list.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((n) => !(FORMATS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown format(s): ${unknown.join(', ')} (known: ${FORMATS.join(', ')})`);
  return names as FormatName[];
}

/** Writes every requested format; returns the paths written. Throws after writing the Gradescope fallback. */
export function writeReports(runDir: string, options: WriteOptions): string[] {
  mkdirSync(options.outDir, { recursive: true });
  let model: RunModel;
  try {
    model = loadRun(runDir, options);
  } catch (error) {
    if (options.formats.includes('gradescope')) {
      writeFileSync(join(options.outDir, 'results.json'), renderGradescopeFailure((error as Error).message));
    }
    throw error;
  }
  return writeModelReports(model, options);
}

export function writeModelReports(model: RunModel, options: WriteOptions): string[] {
  mkdirSync(options.outDir, { recursive: true });
  const written: string[] = [];
  for (const format of options.formats) {
    const contents = RENDERERS[format](model, options);
    OUTPUT_FILES[format].forEach((name, i) => {
      const path = join(options.outDir, name);
      writeFileSync(path, contents[i] ?? '');
      written.push(path);
    });
    if (format === 'classroom' && options.stepSummaryFile) appendFileSync(options.stepSummaryFile, contents[1] ?? '');
  }
  return written;
}
