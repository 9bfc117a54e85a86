// The controllers kube-controller-manager runs in this simulation, one line each.
// Order matters only for determinism: controllers start (and list) in this order.
import { endpointsController } from './endpoints/endpoints-controller.ts';
import { endpointSliceController } from './endpointslice/endpointslice-controller.ts';
import type { ControllerDefinition } from './runner/controller.ts';
import { namespaceController } from './namespace/namespace-controller.ts';
import { serviceAccountsController } from './serviceaccount/serviceaccounts-controller.ts';
import { resourceQuotaController } from './resource-quota/resource-quota-controller.ts';

export const controllers: ControllerDefinition[] = [
  endpointsController,
  endpointSliceController,
  namespaceController,
  serviceAccountsController,
  resourceQuotaController,
];
