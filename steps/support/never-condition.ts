// A condition phrase with "never" in it, as people say it: `pod "web-0" was never scheduled on
// "node-2"`, `the service "web" never had 0 ready endpoints`. Without the word "never" it is an
// ordinary condition (engine/invariants/conditions) that must hold at no moment of the window.
import { parseCondition, type Condition } from '../../engine/invariants/conditions/index.ts';

export interface NeverCondition {
  /** The phrase as written, with "never". */
  text: string;
  /** The phrase without "never": what must not hold at any moment. */
  condition: Condition;
}

// " never " must stand outside quotes, and the phrase must not start with a window (the step
// `{window}, {never-condition}` takes those).
export const NEVER_CONDITION_REGEXP = /(?!since |in the last )(?:[^"]|"[^"]*")*? never (?:[^"]|"[^"]*")*/;

/** The position of the word "never" outside quoted names. */
function neverAt(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text.startsWith(' never ', i)) return i;
  }
  return -1;
}

export function parseNeverCondition(text: string): NeverCondition {
  const at = neverAt(text);
  if (at < 0) throw new Error(`"${text}" does not say never`);
  return { text, condition: parseCondition(`${text.slice(0, at)} ${text.slice(at + ' never '.length)}`) };
}
