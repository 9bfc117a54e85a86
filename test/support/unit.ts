// `npm run unit`: every *.test.ts under engine/, steps/, reports/, bin/ and test/ with node's
// test runner (`expect` + `fast-check` inside the tests).
import { spawnSync } from 'node:child_process';
import { sourceFiles } from './source-files.ts';

const TS_LOADER = new URL('../../bin/typescript/register.js', import.meta.url).href;

const files = sourceFiles(process.cwd(), ['engine', 'steps', 'reports', 'bin', 'test'], '.test.ts');
// With KUBESPEC_TAP set (npm test does), a TAP copy is written there for counting.
const tap = process.env.KUBESPEC_TAP;
const reporters = tap
  ? ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`]
  : ['--test-reporter=spec'];
const result = spawnSync(process.execPath, ['--import', TS_LOADER, '--test', ...reporters, ...files], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
