// `npm run bench [name...]`: runs every bench/*.bench.ts (or the named ones) in turn. Each
// prints one line per figure: name, value, unit (and the floor it is held to). Not part of
// `npm test`: speed targets live here, never in timed unit tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const TS_LOADER = new URL('../bin/typescript/register.js', import.meta.url).href;

const wanted = process.argv.slice(2);
const benches = readdirSync('bench').filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w))).sort();
let failed = 0;
for (const file of benches) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', TS_LOADER, `bench/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
