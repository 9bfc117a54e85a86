// Assertions over virtual time: eventually (within a deadline), always/never/sometimes over a
// window, ordering of what happened and counting restarts. Windows are evaluated after every
// single store write (steps/support/windows.ts), so a state that lasted zero virtual seconds
// still counts; failures print the moment, what was observed and the journal lines that matter.
import type { Pod } from 'kubernetes-types/core/v1';
import type { Condition } from '../engine/invariants/conditions/index.ts';
import { parseTimestamp } from '../engine/clock/timestamp.ts';
import { liveState } from '../engine/invariants/cluster-state.ts';
import { formatGoDurationMs } from '../engine/apimachinery/duration.ts';
import { defineStep } from './support/define.ts';
import { journalExcerpt } from './support/journal-excerpt.ts';
import type { NeverCondition } from './support/never-condition.ts';
import { firstMoment, firstRise, instant, momentFailure, windowStart, type Window } from './support/windows.ts';
import type { KubespecWorld } from './support/world.ts';

defineStep({
  pattern: 'I note the time as {string}',
  description: 'Names the current virtual instant, to start a window (`since "rollout"` or `since the rollout started`). Every When step is also a mark, named by its text; the latest is `since the last When step`.',
  example: 'When I note the time as "rollout"',
}, function (this: KubespecWorld, name: string) {
  this.markNow(name);
});

defineStep({
  pattern: 'within {duration}(,) {condition}',
  description: 'Advances virtual time only until the condition holds (checked after every task of the clock), so time stops at the first instant it does; fails at the deadline with the last observed value and the journal lines about the objects involved.',
  example: 'Then within 2 minutes the deployment "web" has 4 available replicas',
}, function (this: KubespecWorld, timeoutMs: number, cond: Condition) {
  const c = this.cluster;
  const from = c.journal.entries().length;
  if (c.waitFor(() => cond.evaluate(liveState(c.store, c.clock.nowMs())).holds, timeoutMs)) return;
  const last = cond.evaluate(liveState(c.store, c.clock.nowMs()));
  const lines = journalExcerpt(c.journal.entries(), { from, objects: last.objects ?? [], limit: 10 });
  throw new Error([`expected within ${formatGoDurationMs(timeoutMs)}: ${cond.text}`, `last observed at ${instant(c.clock.nowMs())}: ${last.observed}`,
    lines.length > 0 ? 'journal meanwhile:' : 'nothing was journaled meanwhile', ...lines].join('\n'));
});

defineStep({
  pattern: 'the virtual time is {string}',
  description: 'The virtual clock reads exactly this instant (RFC3339; the virtual epoch is 2025-01-01T00:00:00Z).',
  example: 'Then the virtual time is "2025-01-01T00:00:02.800Z"',
}, function (this: KubespecWorld, time: string) {
  const want = parseTimestamp(time);
  if (want === undefined) throw new Error(`"${time}" is not an RFC3339 time`);
  const now = this.cluster.clock.nowMs();
  if (now !== want) throw new Error(`the virtual time is ${instant(now)}, not ${instant(want)}`);
});

defineStep({
  pattern: 'at every moment {window}, {condition}',
  description: 'The condition held in the state at the window\'s start and after every single write since. Windows: `since "<mark>"`, `since the <mark> started`, `since the scenario started`, `since the last When step`, `in the last <duration>`.',
  example: 'Then at every moment since the rollout started, at least 3 pods of deployment "web" were available and at most 5 existed',
}, function (this: KubespecWorld, w: Window, cond: Condition) {
  const failure = firstMoment(this, windowStart(this, w), cond, false);
  if (failure) throw momentFailure(this, `not at every moment ${w.text}: ${cond.text}`, failure);
});

defineStep({
  pattern: 'at no moment {window}, {condition}',
  description: 'The condition held in no state of the window (its start, or after any write since).',
  example: 'Then at no moment since "rollout", the service "web" had 0 ready endpoints',
}, function (this: KubespecWorld, w: Window, cond: Condition) {
  const hit = firstMoment(this, windowStart(this, w), cond, true);
  if (hit) throw momentFailure(this, `at a moment ${w.text}: ${cond.text}`, hit);
});

defineStep({
  pattern: 'at some moment {window}, {condition}',
  description: 'The condition held in at least one state of the window, even one that lasted zero virtual seconds.',
  example: 'Then at some moment since "relabel", the service "web" had 0 ready endpoints',
}, function (this: KubespecWorld, w: Window, cond: Condition) {
  if (firstMoment(this, windowStart(this, w), cond, true)) return;
  const now = cond.evaluate(liveState(this.cluster.store, this.cluster.clock.nowMs()));
  throw new Error(`at no moment ${w.text}: ${cond.text}\nnow: ${now.observed}`);
});

defineStep({
  pattern: '{never-condition}',
  description: 'A condition phrase with "never" in it held at no moment since the scenario started (`at no moment since the scenario started, ...`).',
  example: 'Then pod "web-0" was never scheduled on "node-2"',
}, function (this: KubespecWorld, never: NeverCondition) {
  const hit = firstMoment(this, 0, never.condition, true);
  if (hit) throw momentFailure(this, `not true: ${never.text}`, hit);
});

defineStep({
  pattern: '{window}, {never-condition}',
  description: 'Like the "never" phrase, over a window: since a mark, the last When step or a duration ago.',
  example: 'Then since the rollout started, the service "web" never had 0 ready endpoints',
}, function (this: KubespecWorld, w: Window, never: NeverCondition) {
  const hit = firstMoment(this, windowStart(this, w), never.condition, true);
  if (hit) throw momentFailure(this, `not true: ${w.text}, ${never.text}`, hit);
});

defineStep({
  pattern: '{first-condition} before {condition}',
  description: 'Both conditions came to hold during the scenario (held right after a moment they did not), the first one at an earlier write than the second; writes at one virtual instant are ordered.',
  example: 'Then the first "FailedScheduling" event came before the "ScalingReplicaSet" event',
}, function (this: KubespecWorld, first: Condition, second: Condition) {
  assertOrder(this, 0, first, second);
});

defineStep({
  pattern: '{window}, {condition} before {condition}',
  description: 'Like "before", within the window: what already held when the window began must stop and hold again to count.',
  example: 'Then since the rollout started, the old ReplicaSet of deployment "web" reached 0 replicas before the deployment "web" was rolled out',
}, function (this: KubespecWorld, w: Window, first: Condition, second: Condition) {
  assertOrder(this, windowStart(this, w), first, second);
});

function assertOrder(world: KubespecWorld, fromRevision: number, first: Condition, second: Condition): void {
  const a = firstRise(world, fromRevision, first);
  const b = firstRise(world, fromRevision, second);
  const now = (cond: Condition): string => cond.evaluate(liveState(world.cluster.store, world.cluster.clock.nowMs())).observed;
  if (!a) throw new Error(`never came to hold ${fromRevision === 0 ? 'in the scenario' : 'in the window'}: ${first.text}\nnow: ${now(first)}`);
  if (!b) throw new Error(`never came to hold ${fromRevision === 0 ? 'in the scenario' : 'in the window'}: ${second.text}\nnow: ${now(second)}`);
  if (a.revision >= b.revision) {
    throw momentFailure(world, `not before: "${second.text}" first held at ${b.time} (revision ${b.revision}), "${first.text}" only at ${a.time} (revision ${a.revision})`, a);
  }
}

defineStep({
  pattern: 'container {string} of pod {string} was restarted exactly {int} time(s) in the last {duration}',
  description: "Counts increases of the container's restartCount in the pod's status over the window (a pod recreated under the same name starts again from its own count).",
  example: 'Then container "web" of pod "web" was restarted exactly 3 times in the last 5 minutes',
}, function (this: KubespecWorld, container: string, pod: string, times: number, windowMs: number) {
  assertRestarts(this, container, pod, times, windowMs);
});

defineStep({
  pattern: 'container {string} was restarted exactly {int} time(s) in the last {duration}',
  description: 'Like the step naming the pod, for the one pod in the default namespace that has a container of that name.',
  example: 'Then container "web" was restarted exactly 3 times in the last 5 minutes',
}, function (this: KubespecWorld, container: string, times: number, windowMs: number) {
  const pods = this.cluster.client.list<Pod>('pods', { namespace: 'default' }).items
    .filter((p) => (p.spec?.containers ?? []).some((c) => c.name === container)).map((p) => p.metadata?.name ?? '');
  if (pods.length !== 1) throw new Error(`${pods.length} pods have a container "${container}"${pods.length > 0 ? ` (${pods.join(', ')})` : ''}: name the pod`);
  assertRestarts(this, container, pods[0]!, times, windowMs);
});

function assertRestarts(world: KubespecWorld, container: string, pod: string, times: number, windowMs: number): void {
  const c = world.cluster;
  let last: number | undefined;
  const at: string[] = [];
  c.history.replay(c.history.revisionAt(c.clock.nowMs() - windowMs), (state) => {
    const count = state.get<Pod>('pods', 'default', pod)?.status?.containerStatuses?.find((s) => s.name === container)?.restartCount;
    if (count !== undefined && last !== undefined && count > last) for (let i = last; i < count; i++) at.push(instant(state.nowMs));
    if (count !== undefined) last = count;
  });
  if (at.length !== times) {
    throw new Error(`container "${container}" of pod "${pod}" was restarted ${at.length} time(s) in the last ${formatGoDurationMs(windowMs)}, not ${times}${at.length > 0 ? `: at ${at.join(', ')}` : ''}`);
  }
}
