// Which evaluator charges a resource, and the evaluators a quota's hard list needs.
// Models pkg/quota/v1/evaluator/core/registry.go (NewEvaluators: pods, services, PVCs and the legacy
// object counts) and controller.go (an object-count evaluator made on demand for `count/<r>.<g>`).
import type { QuotaEvaluator } from './evaluator.ts';
import { objectCountEvaluator, parseObjectCountName } from './object-count-evaluator.ts';
import { podEvaluator } from './pod-evaluator.ts';
import { pvcEvaluator } from './pvc-evaluator.ts';
import { serviceEvaluator } from './service-evaluator.ts';

const LEGACY_COUNTED = ['configmaps', 'secrets', 'replicationcontrollers', 'resourcequotas'];

export const builtinEvaluators: readonly QuotaEvaluator[] = [
  podEvaluator,
  serviceEvaluator,
  pvcEvaluator,
  ...LEGACY_COUNTED.map((r) => objectCountEvaluator(r, '', r)),
];

export function evaluatorFor(resource: string, group: string): QuotaEvaluator {
  const found = builtinEvaluators.find((e) => e.resource === resource && e.group === group);
  return found ?? objectCountEvaluator(resource, group);
}

/** The built-in evaluators plus an object-count one for each other `count/...` name in `hard`. */
export function evaluatorsForHard(hardNames: readonly string[]): QuotaEvaluator[] {
  const extra: QuotaEvaluator[] = [];
  for (const name of hardNames) {
    const parsed = parseObjectCountName(name);
    if (!parsed) continue;
    const known = [...builtinEvaluators, ...extra].some((e) => e.resource === parsed.resource && e.group === parsed.group);
    if (!known) extra.push(objectCountEvaluator(parsed.resource, parsed.group));
  }
  return [...builtinEvaluators, ...extra];
}
