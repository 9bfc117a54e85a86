// Every condition phrase the time steps understand, and the parser that turns a phrase into
// a Condition (or explains which phrases exist).
import type { Condition, ConditionDefinition } from './condition.ts';
import { podConditions } from './pod-conditions.ts';
import { workloadConditions } from './workload-conditions.ts';
import { replicaSetConditions } from './replicaset-conditions.ts';
import { eventConditions } from './event-conditions.ts';
import { nodeConditions } from './node-conditions.ts';

export const conditionDefinitions: ConditionDefinition[] = [...workloadConditions, ...replicaSetConditions, ...podConditions, ...nodeConditions, ...eventConditions];

export function parseCondition(text: string): Condition {
  const phrase = text.trim();
  for (const def of conditionDefinitions) {
    const m = def.pattern.exec(phrase);
    if (m) return { text: phrase, evaluate: (state) => def.evaluate(state, m.slice(1).map((g) => g ?? '')) };
  }
  throw new Error(`unknown condition: ${phrase}\nKnown conditions, for example:\n${conditionDefinitions.map((d) => `  ${d.example}`).join('\n')}`);
}

export type { Condition, ConditionResult } from './condition.ts';
