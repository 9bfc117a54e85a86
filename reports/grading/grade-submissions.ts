// Batch grading: for each submission folder (sorted by name) screen it, check the instructor
// features' `${submission}/...` references stay inside it, run the instructor features against it
// with the same seed via the core's runSuite (the instructor's own fixtures from `fixturesDir`),
// and write that student's reports; then aggregate.
// Never loads code from a submission: only the instructor's features and step definitions run.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRun } from '../model/load-run.ts';
import type { RunModel } from '../model/run-model.ts';
import { renderGradescopeFailure } from '../gradescope.ts';
import { writeModelReports, type FormatName } from '../write-reports.ts';
import { checkSubmission, DEFAULT_LIMITS, type SubmissionLimits } from './submission-check.ts';
import { resolveFixturePath, submissionReferences } from './fixture-path.ts';
import type { RunSuite } from './run-suite.ts';

export interface GradeOptions {
  submissionsDir: string;
  featuresDir: string;
  /** Where the instructor's own fixture paths resolve (default: the current directory). */
  fixturesDir?: string;
  outDir: string;
  seed: number;
  defaultPoints?: number;
  formats?: readonly FormatName[];
  limits?: SubmissionLimits;
  deterministic?: boolean;
  /** Called after each submission, for progress lines on long batches. */
  onGraded?: (outcome: StudentOutcome, index: number, total: number) => void;
}

export type StudentOutcome =
  | { kind: 'graded'; student: string; model: RunModel; reportDir: string }
  | { kind: 'rejected'; student: string; reason: string; reportDir: string }
  | { kind: 'grader-error'; student: string; reason: string; reportDir: string };

export async function gradeSubmissions(options: GradeOptions, runSuite: RunSuite): Promise<StudentOutcome[]> {
  const students = readdirSync(options.submissionsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const references = featureFiles(options.featuresDir).flatMap((f) => submissionReferences(readFileSync(f, 'utf8')));
  const outcomes: StudentOutcome[] = [];
  for (const [i, student] of students.entries()) {
    const outcome = await gradeOne(student, [...new Set(references)], options, runSuite);
    outcomes.push(outcome);
    options.onGraded?.(outcome, i + 1, students.length);
  }
  return outcomes;
}

async function gradeOne(student: string, references: string[], options: GradeOptions, runSuite: RunSuite): Promise<StudentOutcome> {
  const root = join(options.submissionsDir, student);
  const reportDir = join(options.outDir, 'students', safeName(student));
  const runDir = join(reportDir, 'run');
  mkdirSync(runDir, { recursive: true });
  const check = checkSubmission(root, options.limits ?? DEFAULT_LIMITS);
  const escaping = references.flatMap((ref) => {
    try { resolveFixturePath(root, ref); return []; } catch (error) { return [(error as Error).message]; }
  });
  if (!check.ok || escaping.length > 0) {
    const reason = [...check.problems, ...escaping].join('; ');
    writeFileSync(join(reportDir, 'results.json'), renderGradescopeFailure(`submission rejected: ${reason}`));
    return { kind: 'rejected', student, reason, reportDir };
  }
  try {
    await runSuite({ paths: [options.featuresDir], seed: options.seed, outDir: runDir,
      fixtureRoot: resolve(options.fixturesDir ?? process.cwd()), submissionRoot: root });
    const model = loadRun(runDir, { seed: options.seed, ...(options.defaultPoints !== undefined ? { defaultPoints: options.defaultPoints } : {}) });
    writeModelReports(model, {
      formats: options.formats ?? ['html', 'gradescope', 'junit'], outDir: reportDir, concealHidden: true,
      title: `kubespec report: ${student}`, deterministic: options.deterministic ?? false,
    });
    return { kind: 'graded', student, model, reportDir };
  } catch (error) {
    const reason = (error as Error).message;
    writeFileSync(join(reportDir, 'results.json'), renderGradescopeFailure(`grader error: ${reason}`));
    return { kind: 'grader-error', student, reason, reportDir };
  }
}

/** Folder names become path segments of the output: keep them to a safe alphabet. */
export function safeName(student: string): string {
  return student.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || '_';
}

function featureFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`features folder not found: ${dir}`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.feature')).sort().map((n) => join(dir, n));
}
