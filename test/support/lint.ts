// `npm run lint`: ESLint with type information, then the architecture rules of boundaries.ts
// over every source file. Prints each problem as file:line and exits non-zero on any.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { determinismProblems, importProblems } from './boundaries.ts';
import { sourceFiles } from './source-files.ts';

const root = process.cwd();
const problems: string[] = [];
const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/;

for (const file of sourceFiles(root, ['engine', 'steps', 'reports', 'bin', 'bench', 'test'])) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const m = IMPORT.exec(line);
    const spec = m?.[1] ?? m?.[2] ?? m?.[3];
    if (spec) for (const p of importProblems(file, spec)) problems.push(`${file}:${i + 1}: ${p}`);
    if (file.startsWith('engine/') && !file.endsWith('.test.ts')) {
      for (const p of determinismProblems(line)) problems.push(`${file}:${i + 1}: ${p}`);
    }
  });
}

const eslint = spawnSync(process.execPath, ['node_modules/eslint/bin/eslint.js', '.'], { stdio: 'inherit' });
for (const p of problems) console.error(p);
const ok = problems.length === 0 && eslint.status === 0;
console.log(ok ? 'lint: ok' : `lint: ${problems.length} architecture problem(s), eslint exit ${eslint.status ?? 'signal'}`);
process.exitCode = ok ? 0 : 1;
