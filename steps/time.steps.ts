// Assertions over virtual time: eventually (within a deadline), always/never over a window
// since a mark, and ordering of what happened. Windows are evaluated after every single store
// write, so a state that lasted zero virtual seconds still counts.
import { expect } from 'expect';
import { parseCondition, type Condition } from '../engine/invariants/conditions/index.ts';
import { formatTimestamp } from '../engine/clock/timestamp.ts';
import { liveState } from '../engine/invariants/cluster-state.ts';
import { formatGoDurationMs } from '../engine/apimachinery/duration.ts';
import { defineStep } from './support/define.ts';
import type { KubespecWorld } from './support/world.ts';

function holdsNow(world: KubespecWorld, cond: Condition): { holds: boolean; observed: string } {
  const c = world.cluster;
  return cond.evaluate(liveState(c.store, c.clock.nowMs()));
}

defineStep({
  pattern: 'I note the time as {string}',
  description: 'Names the current virtual instant, to start a window ("since \\"rollout\\""). Every When step is also a mark, named by its text.',
  example: 'When I note the time as "rollout"',
}, function (this: KubespecWorld, name: string) {
  this.markNow(name);
});

defineStep({
  pattern: 'within {duration}(,) {condition}',
  description: 'Advances virtual time only until the condition holds; fails at the deadline with the last observed value.',
  example: 'Then within 2 minutes the deployment "web" has 4 available replicas',
}, function (this: KubespecWorld, timeoutMs: number, cond: Condition) {
  const ok = this.cluster.waitFor(() => holdsNow(this, cond).holds, timeoutMs);
  if (!ok) throw new Error(`expected within ${formatGoDurationMs(timeoutMs)}: ${cond.text}\nlast observed: ${holdsNow(this, cond).observed}`);
});

defineStep({
  pattern: 'at every moment since {string}, {condition}',
  description: 'The condition held in the state after every single write since the mark (and at the mark itself).',
  example: 'Then at every moment since "rollout", at least 3 pods of deployment "web" were available and at most 5 existed',
}, function (this: KubespecWorld, markName: string, cond: Condition) {
  const failure = firstStateWhere(this, markName, cond, false);
  if (failure) throw new Error(`not at every moment since "${markName}": ${cond.text}\nat ${failure.time} (revision ${failure.revision}): ${failure.observed}`);
});

defineStep({
  pattern: 'at no moment since {string}, {condition}',
  description: 'The condition never held in any state since the mark.',
  example: 'Then at no moment since "rollout", the service "web" had 0 ready endpoints',
}, function (this: KubespecWorld, markName: string, cond: Condition) {
  const hit = firstStateWhere(this, markName, cond, true);
  if (hit) throw new Error(`at a moment since "${markName}": ${cond.text}\nat ${hit.time} (revision ${hit.revision}): ${hit.observed}`);
});

defineStep({
  pattern: '{string} happened before {string}',
  description: 'Both conditions came to hold since the start of the scenario, the first one at an earlier write than the second.',
  example: 'Then "the deployment \\"web\\" has 0 available replicas" happened before "pod \\"web-0\\" is Running"',
}, function (this: KubespecWorld, first: string, second: string) {
  const a = firstRevision(this, first);
  const b = firstRevision(this, second);
  if (a === undefined) throw new Error(`never happened: ${first}`);
  if (b !== undefined && a >= b) throw new Error(`"${second}" happened at revision ${b}, not after "${first}" (revision ${a})`);
});

defineStep({
  pattern: 'the first {string} event came before the first {string} event',
  description: 'Ordering of Events by reason in the journal.',
  example: 'Then the first "FailedScheduling" event came before the first "ScalingReplicaSet" event',
}, function (this: KubespecWorld, first: string, second: string) {
  const entries = this.cluster.journal.entries();
  const a = entries.findIndex((e) => e.verb === 'event' && e.reason === first);
  const b = entries.findIndex((e) => e.verb === 'event' && e.reason === second);
  expect(a).toBeGreaterThanOrEqual(0);
  if (b >= 0) expect(a).toBeLessThan(b);
});

defineStep({
  pattern: 'container {string} of pod {string} was restarted exactly {int} time(s) in the last {duration}',
  description: "Counts increases of the container's restartCount over the window.",
  example: 'Then container "web" of pod "web" was restarted exactly 3 times in the last 5 minutes',
}, function (this: KubespecWorld, container: string, pod: string, times: number, windowMs: number) {
  const c = this.cluster;
  let last: number | undefined;
  let restarts = 0;
  c.history.replay(c.history.revisionAt(c.clock.nowMs() - windowMs), (state) => {
    const p = state.get<{ status?: { containerStatuses?: { name: string; restartCount: number }[] } }>('pods', 'default', pod);
    const count = p?.status?.containerStatuses?.find((s) => s.name === container)?.restartCount;
    if (count !== undefined && last !== undefined && count > last) restarts += count - last;
    if (count !== undefined) last = count;
  });
  expect(restarts).toBe(times);
});

function firstRevision(world: KubespecWorld, text: string): number | undefined {
  const cond = parseCondition(text);
  let found: number | undefined;
  world.cluster.history.replay(0, (state) => {
    if (cond.evaluate(state).holds) {
      found = state.revision;
      return false;
    }
    return true;
  });
  return found;
}

function firstStateWhere(world: KubespecWorld, markName: string, cond: Condition, holds: boolean): { revision: number; time: string; observed: string } | undefined {
  const mark = world.marks.get(markName);
  let hit: { revision: number; time: string; observed: string } | undefined;
  world.cluster.history.replay(mark.revision, (state) => {
    const r = cond.evaluate(state);
    if (r.holds === holds) {
      hit = { revision: state.revision, time: formatTimestamp(state.nowMs), observed: r.observed };
      return false;
    }
    return true;
  });
  return hit;
}
