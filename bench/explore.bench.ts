// One generated exploration run: 50 operations drawn with a fixed seed on a 10-node cluster over
// the built-in Deployments, every library invariant after every write (and the settled ones
// after each settle). Prints wall time of the run, its state changes, and the invariant check
// cost per state change, timed inside the checker's two entry points (after each write, at each
// settle) during the best run: the difference of two whole runs is within the machine's noise.
import fc from 'fast-check';
import { figure, timeMs } from './figure.ts';
import { OPERATION_NAMES, operationArbitrary } from '../test/explore/arbitraries.ts';
import { readDeployment } from '../test/explore/operations.ts';
import { defaultManifests } from '../test/explore/manifests.ts';
import { replay, selectInvariants } from '../test/explore/explore.ts';
import { InvariantChecker } from '../engine/invariants/checker.ts';

/** Wall time spent inside invariant checks since the last reset (both entry points, patched here). */
const checkTime = { ms: 0 };
type CheckerMethods = { afterWrite(...args: unknown[]): void; checkSettled(...args: unknown[]): void };
const proto = InvariantChecker.prototype as unknown as CheckerMethods;
for (const method of ['afterWrite', 'checkSettled'] as const) {
  const original = proto[method];
  proto[method] = function (this: unknown, ...args: unknown[]): void {
    const start = process.hrtime.bigint();
    try {
      original.apply(this, args);
    } finally {
      checkTime.ms += Number(process.hrtime.bigint() - start) / 1e6;
    }
  };
}

const manifests = defaultManifests.map(readDeployment);
const arbs = OPERATION_NAMES.map((n) => operationArbitrary(n, manifests));
const [commands = []] = fc.sample(fc.array(fc.oneof(...arbs), { minLength: 50, maxLength: 50 }), { seed: 11, numRuns: 1 });
const setup = selectInvariants(undefined);

function best(checks: boolean): { ms: number; checksMs: number; writes: number; steps: number } {
  let ms = Infinity;
  let checksMs = 0;
  let writes = 0;
  let steps = 0;
  for (let i = 0; i < 5; i++) {
    let r: ReturnType<typeof replay> | undefined;
    checkTime.ms = 0;
    const run = timeMs(() => { r = replay(17, 10, 10, setup, commands, checks); });
    if (run < ms) { ms = run; checksMs = checkTime.ms; }
    if (r?.error) throw r.error instanceof Error ? r.error : new Error(String(r.error));
    writes = r?.real.cluster.store.currentRevision() ?? 0;
    steps = r?.steps.length ?? 0;
  }
  return { ms, checksMs, writes, steps };
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
figure('explore: time inside invariant checks', on.checksMs, 'ms');
figure('explore: invariant check cost per state change', (on.checksMs * 1000) / on.writes, 'µs/write');
