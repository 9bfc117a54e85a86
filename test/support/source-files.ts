// The project's TypeScript sources, found by walking the tree (node_modules and generated
// output excluded), so every check sees the same list.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'coverage', 'out', '.c8-tmp']);

export function sourceFiles(root: string, dirs: string[], suffix = '.ts'): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith(suffix)) out.push(relative(root, full));
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out.sort();
}
