// A condition is a phrase about the cluster that holds or not in a given state, e.g.
// `the deployment "web" has 4 available replicas`. The same phrase works now ("within 2
// minutes ...") and over the past ("at every moment since ..."), in present or past tense.
import type { ClusterState } from '../cluster-state.ts';

export interface ConditionResult {
  holds: boolean;
  /** What was actually seen, for failure messages: `3 available replicas`. */
  observed: string;
  /** The objects the condition looked at (`Kind/namespace/name`), to pick the journal lines that matter. */
  objects?: readonly string[];
}

export interface ConditionDefinition {
  /** A full-phrase regexp; capture groups are passed to `evaluate`. */
  pattern: RegExp;
  /** The phrase as documentation shows it. */
  example: string;
  evaluate(state: ClusterState, groups: string[]): ConditionResult;
}

export interface Condition {
  text: string;
  evaluate(state: ClusterState): ConditionResult;
}
