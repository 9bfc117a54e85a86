// Reading files a scenario names (`When I apply the manifest "fixtures/x.yaml"`, `kubectl -f`).
// Two roots: a path starting with the placeholder `${submission}/` names a file of the submission
// under test (KUBESPEC_SUBMISSION_ROOT; `kubespec grade` points it at each student's folder), any
// other path is the feature author's own fixture (KUBESPEC_PROJECT_ROOT, default the current
// directory). Neither may be left; a missing file gets kubectl's wording ("the path ... does not exist").
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export const SUBMISSION_PLACEHOLDER = '${submission}';

export function projectRoot(): string {
  return process.env.KUBESPEC_PROJECT_ROOT ?? process.cwd();
}

/** The folder `${submission}/` stands for; outside grading, the project root. */
export function submissionRoot(): string {
  return process.env.KUBESPEC_SUBMISSION_ROOT ?? projectRoot();
}

/**
 * The part after the placeholder when `path` names a submission file, else undefined. The
 * in-process kubectl splits its command line like a shell, where `${submission}` and
 * `$submission` are the same variable (and arrive as `$submission`), so both spellings count.
 */
export function submissionRelative(path: string): string | undefined {
  for (const prefix of [`${SUBMISSION_PLACEHOLDER}/`, '$submission/']) {
    if (path.startsWith(prefix)) return path.slice(prefix.length);
  }
  return undefined;
}

/** True when the file is the feature author's (an instructor fixture when grading), not the submission's. */
export function isAuthorFixture(path: string): boolean {
  return submissionRelative(path) === undefined;
}

export function readProjectFile(path: string): string {
  const inSubmission = submissionRelative(path);
  return inSubmission === undefined
    ? readInside(projectRoot(), path, path, 'the project root')
    : readInside(submissionRoot(), inSubmission, path, 'the submission folder');
}

function readInside(root: string, relativePath: string, shown: string, rootName: string): string {
  const full = resolve(root, relativePath);
  const rel = relative(root, full);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`the path "${shown}" is outside ${rootName}; fixture paths must stay inside ${root}`);
  }
  if (!existsSync(full) || !statSync(full).isFile()) throw new Error(`the path "${shown}" does not exist`);
  return readFileSync(full, 'utf8');
}
