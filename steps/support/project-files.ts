// Reading files a scenario names (`When I apply the manifest "fixtures/x.yaml"`, `kubectl -f`):
// relative to the project root, never outside it, with kubectl's wording when missing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export function projectRoot(): string {
  return process.env.KUBESPEC_PROJECT_ROOT ?? process.cwd();
}

export function readProjectFile(path: string): string {
  const root = projectRoot();
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`the path "${path}" is outside the project root; fixture paths must stay inside ${root}`);
  }
  if (!existsSync(full) || !statSync(full).isFile()) throw new Error(`the path "${path}" does not exist`);
  return readFileSync(full, 'utf8');
}
