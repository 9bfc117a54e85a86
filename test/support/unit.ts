// `npm run unit`: every *.test.ts under engine/, steps/, reports/, bin/ and test/ with node's
// test runner (`expect` + `fast-check` inside the tests).
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { sourceFiles } from './source-files.ts';

const TS_LOADER = new URL('../../bin/typescript/register.js', import.meta.url).href;

const files = sourceFiles(process.cwd(), ['engine', 'steps', 'reports', 'bin', 'test'], '.test.ts');
// With KUBESPEC_TAP set (npm test does), a TAP copy is written there for counting.
const tap = process.env.KUBESPEC_TAP;
const reporters = tap
  ? ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`]
  : ['--test-reporter=spec'];
// One test file per core. Node's default leaves one core to the runner, which only waits: on a
// 2-core machine that ran the files one at a time (310 s, against 171 s two at a time).
const concurrency = `--test-concurrency=${availableParallelism()}`;
const result = spawnSync(process.execPath, ['--import', TS_LOADER, '--test', concurrency, ...reporters, ...files], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
