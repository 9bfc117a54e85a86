// One generated exploration run: 50 operations drawn with a fixed seed on a 10-node cluster over
// the built-in Deployments, every library invariant after every write (and the settled ones
// after each settle). Prints wall time of the run, its state changes, and the invariant check
// cost per state change (the same run with checks on minus checks off, best of 5 each).
import fc from 'fast-check';
import { figure, timeMs } from './figure.ts';
import { OPERATION_NAMES, operationArbitrary } from '../test/explore/arbitraries.ts';
import { readDeployment } from '../test/explore/operations.ts';
import { defaultManifests } from '../test/explore/manifests.ts';
import { replay, selectInvariants } from '../test/explore/explore.ts';

const manifests = defaultManifests.map(readDeployment);
const arbs = OPERATION_NAMES.map((n) => operationArbitrary(n, manifests));
const [commands = []] = fc.sample(fc.array(fc.oneof(...arbs), { minLength: 50, maxLength: 50 }), { seed: 11, numRuns: 1 });
const setup = selectInvariants(undefined);

function best(checks: boolean): { ms: number; writes: number; steps: number } {
  let ms = Infinity;
  let writes = 0;
  let steps = 0;
  for (let i = 0; i < 5; i++) {
    let r: ReturnType<typeof replay> | undefined;
    ms = Math.min(ms, timeMs(() => { r = replay(17, 10, 10, setup, commands, checks); }));
    if (r?.error) throw r.error instanceof Error ? r.error : new Error(String(r.error));
    writes = r?.real.cluster.store.currentRevision() ?? 0;
    steps = r?.steps.length ?? 0;
  }
  return { ms, writes, steps };
}

const on = best(true);
const off = best(false);
// Issue 7's floor is for the whole generated run: ≤ 5 ms.
figure('explore: 50 operations on 10 nodes, all invariants', on.ms, 'ms', { atMost: 5 });
figure('explore: same run without invariant checks', off.ms, 'ms');
figure('explore: operations that acted', on.steps, 'ops');
figure('explore: state changes (store revisions)', on.writes, 'writes');
figure('explore: wall time per operation', on.ms / 50, 'ms/op');
figure('explore: wall time per state change', (on.ms * 1000) / on.writes, 'µs/write');
figure('explore: invariant check cost per state change', (Math.max(on.ms - off.ms, 0) * 1000) / on.writes, 'µs/write');
