// A user property written as a condition phrase (the same vocabulary as the time steps):
// `{ name: 'web-at-most-4', always: 'at most 4 pods of deployment "web" exist' }` holds when the
// phrase holds after every store write. Unlike a function invariant, it can be written into a
// counterexample feature as `Then at every moment since the scenario started, <phrase>`, so
// replaying the feature with `kubespec run` fails exactly as the exploration did.
import { parseCondition } from '../../engine/invariants/conditions/index.ts';
import type { Invariant } from '../../engine/invariants/invariant.ts';

export interface ConditionProperty {
  name: string;
  /** A condition phrase (engine/invariants/conditions) that must hold at every moment. */
  always: string;
}

export const isConditionProperty = (p: unknown): p is ConditionProperty =>
  typeof p === 'object' && p !== null && typeof (p as ConditionProperty).always === 'string';

export function conditionInvariant(p: ConditionProperty): Invariant {
  const condition = parseCondition(p.always);
  return {
    name: p.name, mode: 'always', resources: ['*'], description: `At every moment, ${p.always}.`,
    check(state) {
      const r = condition.evaluate(state);
      return r.holds ? [] : [{ invariant: p.name, message: `not ${p.always}: ${r.observed}`, objects: [...(r.objects ?? [])] }];
    },
  };
}

/** The Then step a counterexample asserts for a condition property. */
export const conditionStep = (p: ConditionProperty): string => `at every moment since the scenario started, ${p.always}`;
