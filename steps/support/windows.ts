// Windows of virtual time that always/never/some assertions range over, and the search through
// the store's history they share. A window starts at a named mark (`since "rollout"`, or
// `since the rollout started` for a mark named rollout), at the last When step's implicit mark,
// at the scenario's start, or a duration ago (`in the last 5 minutes`), and always ends now.
// "At every moment" is every state after a single write: two writes at one virtual instant are
// two moments, so a state that lasted zero virtual seconds is still visited.
import type { Condition, ConditionResult } from '../../engine/invariants/conditions/index.ts';
import { DURATION_REGEXP, parseDuration } from './durations.ts';
import { instant, journalExcerpt } from './journal-excerpt.ts';

export { instant };
import type { KubespecWorld } from './world.ts';

export type Window =
  | { text: string; kind: 'mark'; name: string }
  | { text: string; kind: 'start' }
  | { text: string; kind: 'last-step' }
  | { text: string; kind: 'duration'; durationMs: number };

export const WINDOW_REGEXP = new RegExp(`since (?:"(?:[^"\\\\]|\\\\.)*"|the [\\w-]+ started|the last When step)|in the last (?:${DURATION_REGEXP.source})`);

export function parseWindow(text: string): Window {
  const quoted = /^since "((?:[^"\\]|\\.)*)"$/.exec(text);
  if (quoted) return { text, kind: 'mark', name: quoted[1]!.replace(/\\(.)/g, '$1') };
  const started = /^since the ([\w-]+) started$/.exec(text);
  if (started) return started[1] === 'scenario' ? { text, kind: 'start' } : { text, kind: 'mark', name: started[1]! };
  if (text === 'since the last When step') return { text, kind: 'last-step' };
  return { text, kind: 'duration', durationMs: parseDuration(text.replace(/^in the last /, '')) };
}

/** The store revision whose state the window starts with. */
export function windowStart(world: KubespecWorld, w: Window): number {
  const c = world.cluster;
  switch (w.kind) {
    case 'mark': return world.marks.get(w.name).revision;
    case 'last-step': return world.marks.lastWhenStep().revision;
    case 'start': return 0;
    case 'duration': return c.history.revisionAt(c.clock.nowMs() - w.durationMs);
  }
}

export interface Moment extends ConditionResult {
  revision: number;
  time: string;
}

/** The first state in the window where the condition's truth is `holds`, if any. */
export function firstMoment(world: KubespecWorld, fromRevision: number, cond: Condition, holds: boolean): Moment | undefined {
  let hit: Moment | undefined;
  world.cluster.history.replay(fromRevision, (state) => {
    const r = cond.evaluate(state);
    if (r.holds !== holds) return true;
    hit = { ...r, revision: state.revision, time: instant(state.nowMs) };
    return false;
  });
  return hit;
}

/**
 * The first moment in the window at which the condition came to hold: a state where it holds
 * right after one where it did not. The window's start is the baseline, so what already held
 * when the window began does not count until it stops and holds again.
 */
export function firstRise(world: KubespecWorld, fromRevision: number, cond: Condition): Moment | undefined {
  let hit: Moment | undefined;
  let before: boolean | undefined;
  world.cluster.history.replay(fromRevision, (state) => {
    const r = cond.evaluate(state);
    if (r.holds && before === false) {
      hit = { ...r, revision: state.revision, time: instant(state.nowMs) };
      return false;
    }
    before = r.holds;
    return true;
  });
  return hit;
}

/** A failure message: the claim, the moment that contradicts it, and the journal up to that write. */
export function momentFailure(world: KubespecWorld, claim: string, m: Moment): Error {
  const lines = journalExcerpt(world.cluster.journal.entries(), { uptoRevision: m.revision, objects: m.objects ?? [], limit: 10 });
  return new Error([claim, `moment: ${m.time} (revision ${m.revision}), observed ${m.observed}`, 'journal up to that moment:', ...lines].join('\n'));
}
