// Quota usage of a Service: services, count/services, services.nodeports, services.loadbalancers.
// Models pkg/quota/v1/evaluator/core/services.go (serviceEvaluator.Usage, GetQuotaServiceType,
// portsWithNodePorts). Charged on create and update (type changes move usage); no scopes.
import type { Service } from 'kubernetes-types/core/v1.js';
import type { QuotaEvaluator } from './evaluator.ts';
import { matchesNoScope } from './evaluator.ts';
import { quantityFromInt } from '../support/quantity.ts';
import type { Usage } from '../support/resource-list.ts';

const SERVICE_RESOURCES = ['count/services', 'services', 'services.nodeports', 'services.loadbalancers'];

export const serviceEvaluator: QuotaEvaluator = {
  resource: 'services',
  group: '',
  handles: (operation, subresource) => (operation === 'CREATE' || operation === 'UPDATE') && subresource === '',
  matchingResources: (input) => input.filter((n) => SERVICE_RESOURCES.includes(n)),
  matchesScope: matchesNoScope,
  constraints: () => undefined,
  usage: (obj) => serviceUsage(obj as Service),
};

export function serviceUsage(svc: Service): Usage {
  const usage: Usage = { 'count/services': quantityFromInt(1), services: quantityFromInt(1) };
  const ports = svc.spec?.ports ?? [];
  if (svc.spec?.type === 'NodePort') {
    usage['services.nodeports'] = quantityFromInt(ports.length);
  } else if (svc.spec?.type === 'LoadBalancer') {
    // allocateLoadBalancerNodePorts=false: only ports that still carry an explicit nodePort count.
    const withNodePorts = svc.spec.allocateLoadBalancerNodePorts === false ? ports.filter((p) => (p.nodePort ?? 0) !== 0).length : ports.length;
    usage['services.nodeports'] = quantityFromInt(withNodePorts);
    usage['services.loadbalancers'] = quantityFromInt(1);
  }
  return usage;
}
