// Resolves a submission file named by an instructor feature (`${submission}/k8s/web.yaml`, the
// placeholder fixture root of steps/support/project-files.ts) inside one submission folder,
// refusing any path that leaves it: absolute paths, `..` segments that climb out, and symlinks
// whose target lies outside (checked on the real path). Paths without the placeholder are the
// instructor's own fixtures and are read from the instructor's fixture root, not the submission.
// Leaves out Windows drive letters (kubespec runs on POSIX paths).
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { SUBMISSION_PLACEHOLDER, submissionRelative } from '../../steps/support/project-files.ts';

export { SUBMISSION_PLACEHOLDER };

export class FixturePathError extends Error {
  override name = 'FixturePathError';
}

/** Returns the absolute path of `fixture` inside `root`, or throws FixturePathError. */
export function resolveFixturePath(root: string, fixture: string): string {
  const relativePath = submissionRelative(fixture) ?? fixture;
  if (relativePath.includes('\0')) throw new FixturePathError(`fixture path contains a NUL byte: ${JSON.stringify(fixture)}`);
  if (isAbsolute(relativePath)) throw new FixturePathError(`fixture path must be relative to the submission: ${fixture}`);
  const base = resolve(root);
  const target = resolve(base, relativePath);
  if (!isInside(base, target)) throw new FixturePathError(`fixture path leaves the submission folder: ${fixture}`);
  if (existsSync(target)) {
    const realBase = realpathSync(base);
    const realTarget = realpathSync(target);
    if (!isInside(realBase, realTarget)) throw new FixturePathError(`fixture path leaves the submission folder through a symlink: ${fixture}`);
  }
  return target;
}

export function isInside(base: string, target: string): boolean {
  const rel = relative(base, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * File paths an instructor feature names: quoted strings ending in .yaml/.yml/.json and the
 * argument of `-f`/`--filename` inside quoted kubectl commands. Sorted, without duplicates.
 */
export function fixtureReferences(featureText: string): string[] {
  const found = new Set<string>();
  const patterns = [/"([^"\s]+\.(?:ya?ml|json))"/g, /(?:\s-f\s*|--filename[=\s])([^"\s]+)/g];
  for (const pattern of patterns) {
    for (let m = pattern.exec(featureText); m; m = pattern.exec(featureText)) if (m[1] && m[1] !== '-') found.add(m[1]);
  }
  return [...found].sort();
}

/** The references of a feature that name submission files (`${submission}/...` or `$submission/...`). */
export function submissionReferences(featureText: string): string[] {
  return fixtureReferences(featureText).filter((ref) => submissionRelative(ref) !== undefined);
}
