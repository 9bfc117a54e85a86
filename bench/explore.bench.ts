// One generated exploration run: 50 operations drawn with a fixed seed on a 10-node cluster over
// the built-in Deployments, every library invariant after every write (and the settled ones
// after each settle). Prints wall time of the run, its state changes, and the invariant check
// cost per state change, timed inside the checker's two entry points (after each write, at each
// settle) during the best run, and as the difference of the best runs with and without checks
// (which also holds the collection of the checks' garbage, and the machine's noise).
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

interface Best { ms: number; checksMs: number; writes: number; steps: number }

function once(checks: boolean, best: Best): void {
  let r: ReturnType<typeof replay> | undefined;
  checkTime.ms = 0;
  const run = timeMs(() => { r = replay(17, 10, 10, setup, commands, checks); });
  if (r?.error) throw r.error instanceof Error ? r.error : new Error(String(r.error));
  if (run < best.ms) Object.assign(best, { ms: run, checksMs: checkTime.ms });
  best.writes = r?.real.cluster.store.currentRevision() ?? 0;
  best.steps = r?.steps.length ?? 0;
}

// Warm-up runs first, then the two kinds interleaved, best of 7 each: run back to back, the first
// kind also paid for the JIT's tier-up and looked ~30 ms dearer than the second.
const on: Best = { ms: Infinity, checksMs: 0, writes: 0, steps: 0 };
const off: Best = { ms: Infinity, checksMs: 0, writes: 0, steps: 0 };
for (let i = 0; i < 3; i++) { once(true, { ...on }); once(false, { ...off }); }
for (let i = 0; i < 7; i++) { once(true, on); once(false, off); }
// Issue 7's floor is for the whole generated run: ≤ 5 ms.
figure('explore: 50 operations on 10 nodes, all invariants', on.ms, 'ms', { atMost: 5 });
figure('explore: same run without invariant checks', off.ms, 'ms');
figure('explore: operations that acted', on.steps, 'ops');
figure('explore: state changes (store revisions)', on.writes, 'writes');
figure('explore: wall time per operation', on.ms / 50, 'ms/op');
figure('explore: wall time per state change', (on.ms * 1000) / on.writes, 'µs/write');
figure('explore: time inside invariant checks', on.checksMs, 'ms');
figure('explore: invariant check cost per state change', (on.checksMs * 1000) / on.writes, 'µs/write');
// The garbage the checks leave is collected later, outside them: the whole-run difference shows it (noisily).
figure('explore: same, as the difference of the two runs', (Math.max(on.ms - off.ms, 0) * 1000) / on.writes, 'µs/write');
