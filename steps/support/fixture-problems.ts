// Broken fixtures are the grader's fault, not the submission's (issue 8). The feature author's
// own inputs — files not under `${submission}/` and the features' doc strings — are checked as
// they are read: a missing file, or a manifest kubectl cannot parse (engine/client/manifests.ts,
// kubectl's wording). A problem counts only when the command that read the input failed, so a
// scenario that breaks a fixture on purpose and checks kubectl's error is unaffected. Steps that
// fail on a counted problem throw FixtureError; Cucumber records its class name as the
// exception type, and reports/model/status.ts treats that type as a grader error.
import type { KubectlResult } from '../../engine/kubectl/kubectl-context.ts';
import { ManifestError, parseManifests } from '../../engine/client/manifests.ts';
import { isAuthorFixture, readProjectFile } from './project-files.ts';

export class FixtureError extends Error {
  override name = 'FixtureError';
}

/** Runs `load` over the file at `path`; when it is the author's own file, any failure is a broken fixture. */
export function loadFixture<T>(path: string, load: (text: string) => T): T {
  try {
    return load(readProjectFile(path));
  } catch (error) {
    if (!isAuthorFixture(path)) throw error;
    throw new FixtureError(`broken fixture: ${(error as Error).message}`);
  }
}

export class FixtureLedger {
  /** Checks of the inputs the running command read; evaluated only if it fails (no cost otherwise). */
  private pending: (() => string | undefined)[] = [];
  /** Problems of commands that failed on them, in the order met. */
  readonly counted: string[] = [];
  /** A step has already thrown FixtureError for the counted problems. */
  reported = false;

  /** Reads a file for kubectl, noting a problem with the author's own fixture. */
  read(path: string): string {
    if (!isAuthorFixture(path)) return readProjectFile(path);
    let text: string;
    try {
      text = readProjectFile(path);
    } catch (error) {
      this.pending.push(() => `broken fixture: ${(error as Error).message}`);
      throw error;
    }
    if (/\.(ya?ml|json)$/i.test(path)) this.noteManifest(text, path);
    return text;
  }

  /** Notes a check that `text` (a manifest of the author's) is one kubectl can read. */
  noteManifest(text: string, source: string): void {
    this.pending.push(() => {
      try {
        parseManifests(text, source);
        return undefined;
      } catch (error) {
        return error instanceof ManifestError ? `broken fixture: ${error.message}` : undefined;
      }
    });
  }

  /** Runs a command; when it failed, the problems noted while it ran count and are returned. */
  run(command: () => KubectlResult): { result: KubectlResult; problems: string[] } {
    this.pending = [];
    const result = command();
    const found = result.exitCode === 0 ? [] : this.pending.map((check) => check()).filter((p): p is string => p !== undefined);
    const problems = [...new Set(found)];
    this.pending = [];
    this.counted.push(...problems.filter((p) => !this.counted.includes(p)));
    return { result, problems };
  }

  /** The error a step throws for problems its own command failed on. */
  error(problems: readonly string[], what: string, result: KubectlResult): FixtureError {
    this.reported = true;
    return new FixtureError(`${problems.join('\n')}\n\n${what} failed:\n${result.stderr}${result.stdout}`);
  }
}
