// `kubespec grade --submissions DIR --features DIR --out DIR [--seed N]`: grades every submission
// folder in isolation (a child process per submission calling the core's runSuite, with time and
// memory budgets) and the same seed; writes each student's reports under OUT/students/NAME/ and
// the class report (class-report.html, .csv).
// Exit codes: 0 graded (student failures are grades, not errors), 1 fatal, 2 usage.
import { parseArgs } from 'node:util';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gradeSubmissions, type StudentOutcome } from '../../reports/grading/grade-submissions.ts';
import { renderClassCsv, renderClassHtml } from '../../reports/grading/class-report.ts';
import type { RunSuite } from '../../reports/grading/run-suite.ts';
import { childRunSuite, DEFAULT_BUDGET } from '../../reports/grading/child-run-suite.ts';
import { parseFormats } from '../../reports/write-reports.ts';

export const GRADE_HELP = `Usage: kubespec grade --submissions DIR --features DIR --out DIR [options]

Grade each folder of DIR (a student's manifests) against the instructor's features, in isolation
and with the same seed. Submissions are data only: no code from them is ever loaded, and feature
files inside a submission are not run (only the instructor's features count). Broken instructor
fixtures and undefined steps are grader errors, reported apart from the students' failures.

Options:
  --submissions DIR      one sub-folder per student (required)
  --features DIR         the instructor's feature files (required); they name a student's files
                         through the placeholder: "\${submission}/pod.yaml", kubectl -f \${submission}/k8s/web.yaml
  --fixtures DIR         where the instructor's own files (paths without the placeholder) are
                         read from (default: the current directory)
  --out DIR              output folder (required): class-report.html, class-report.csv, students/NAME/
  --seed N               the seed every submission runs with (default: 1)
  --default-points N     points for scenarios without @points=N (default: 1)
  --format LIST          per-student formats (default: html,gradescope,junit)
  --deterministic        omit wall-clock durations (byte-identical reports)
  --timeout-ms N         wall-clock budget per submission (default: ${DEFAULT_BUDGET.timeoutMs})
  --max-heap-mb N        memory budget per submission (default: ${DEFAULT_BUDGET.maxHeapMb})
  -h, --help             show this help
`;

export async function main(argv: string[], runSuite?: RunSuite): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: {
      submissions: { type: 'string' }, features: { type: 'string' }, fixtures: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' },
      'default-points': { type: 'string' }, format: { type: 'string' }, deterministic: { type: 'boolean' },
      'timeout-ms': { type: 'string' }, 'max-heap-mb': { type: 'string' }, help: { type: 'boolean', short: 'h' },
    } }));
  } catch (error) {
    process.stderr.write(`kubespec grade: ${(error as Error).message}\n\n${GRADE_HELP}`);
    return 2;
  }
  if (values.help) { process.stdout.write(GRADE_HELP); return 0; }
  if (!values.submissions || !values.features || !values.out) {
    process.stderr.write(`kubespec grade: --submissions, --features and --out are required\n\n${GRADE_HELP}`);
    return 2;
  }
  try {
    const outcomes = await gradeSubmissions({
      submissionsDir: values.submissions, featuresDir: values.features, outDir: values.out,
      seed: values.seed === undefined ? 1 : Number(values.seed),
      formats: parseFormats(values.format ?? 'html,gradescope,junit'),
      deterministic: values.deterministic ?? false,
      onGraded: (o, i, n) => process.stdout.write(`[${i}/${n}] ${o.student}: ${o.kind === 'graded' ? 'graded' : `${o.kind}: ${o.reason}`}\n`),
      ...(values['default-points'] !== undefined ? { defaultPoints: Number(values['default-points']) } : {}),
      ...(values.fixtures !== undefined ? { fixturesDir: values.fixtures } : {}),
    }, runSuite ?? childRunSuite({
      timeoutMs: Number(values['timeout-ms'] ?? DEFAULT_BUDGET.timeoutMs),
      maxHeapMb: Number(values['max-heap-mb'] ?? DEFAULT_BUDGET.maxHeapMb),
    }));
    writeClassReport(outcomes, values.out);
    return 0;
  } catch (error) {
    process.stderr.write(`kubespec grade: ${(error as Error).message}\n`);
    return 1;
  }
}

function writeClassReport(outcomes: readonly StudentOutcome[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'class-report.html'), renderClassHtml(outcomes, outDir));
  writeFileSync(join(outDir, 'class-report.csv'), renderClassCsv(outcomes));
  process.stdout.write(`wrote ${join(outDir, 'class-report.html')} and class-report.csv\n`);
}
