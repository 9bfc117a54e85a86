// `npm run explore -- --runs 10000 [--seed N] [--path P] [--commands 12] [--nodes 3] [--out dir]`:
// explores the built-in operations over the default Deployments with every library invariant,
// prints the result, and on failure writes the shrunk counterexample feature and its replay command.
import { parseArgs } from 'node:util';
import { exploreCluster } from './explore.ts';
import { defaultManifests } from './manifests.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' }, seed: { type: 'string' }, path: { type: 'string' },
    commands: { type: 'string', default: '12' }, nodes: { type: 'string', default: '3' },
    out: { type: 'string', default: 'reports/out/counterexamples' },
  },
});
const started = process.hrtime.bigint();
const result = exploreCluster({
  manifests: defaultManifests,
  runs: Number(values.runs),
  maxCommands: Number(values.commands),
  maxNodes: Number(values.nodes),
  outDir: values.out,
  ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
  ...(values.path !== undefined ? { path: values.path } : {}),
});
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(`${result.failed ? 'FAILED' : 'passed'}: ${result.runs} runs, fast-check seed ${result.seed}, ${Math.round(ms)} ms`);
process.exitCode = result.failed ? 1 : 0;
