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

/**
 * Object-count evaluators made on demand, one per resource: admission asks for one on every
 * create (Events included), and upstream's registry keeps what it made too
 * (staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go → checkRequest:
 * NewObjectCountEvaluator, then registry.Add, logged "quota admission added evaluator for").
 */
const onDemand = new Map<string, QuotaEvaluator>();

export function evaluatorFor(resource: string, group: string): QuotaEvaluator {
  const found = builtinEvaluators.find((e) => e.resource === resource && e.group === group);
  if (found) return found;
  const key = `${resource}.${group}`;
  let made = onDemand.get(key);
  if (made === undefined) onDemand.set(key, (made = objectCountEvaluator(resource, group)));
  return made;
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
