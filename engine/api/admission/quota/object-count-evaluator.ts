// Object-count quota: `count/<resource>[.<group>]` and the legacy names (configmaps, secrets,
// replicationcontrollers, resourcequotas). Models staging/src/k8s.io/apiserver/pkg/quota/v1/generic/
// evaluator.go (NewObjectCountEvaluator, ObjectCountQuotaResourceNameFor) and
// pkg/quota/v1/evaluator/core/registry.go (legacy aliases). Charged on create only.
import type { QuotaEvaluator } from './evaluator.ts';
import { matchesNoScope } from './evaluator.ts';
import { quantityFromInt } from '../support/quantity.ts';

/** `count/pods`, `count/deployments.apps`. */
export function objectCountResourceName(resource: string, group: string): string {
  return group === '' ? `count/${resource}` : `count/${resource}.${group}`;
}

export function objectCountEvaluator(resource: string, group: string, alias?: string): QuotaEvaluator {
  const names = [objectCountResourceName(resource, group), ...(alias ? [alias] : [])];
  return {
    resource,
    group,
    handles: (operation, subresource) => operation === 'CREATE' && subresource === '',
    matchingResources: (input) => input.filter((n) => names.includes(n)),
    matchesScope: matchesNoScope,
    constraints: () => undefined,
    usage: () => Object.fromEntries(names.map((n) => [n, quantityFromInt(1)])),
  };
}

/** Parses `count/deployments.apps` into { resource: 'deployments', group: 'apps' }. */
export function parseObjectCountName(name: string): { resource: string; group: string } | undefined {
  if (!name.startsWith('count/')) return undefined;
  const rest = name.slice('count/'.length);
  const dot = rest.indexOf('.');
  return dot < 0 ? { resource: rest, group: '' } : { resource: rest.slice(0, dot), group: rest.slice(dot + 1) };
}
