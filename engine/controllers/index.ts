// The controllers kube-controller-manager runs in this simulation, one line each.
// Order matters only for determinism: controllers start (and list) in this order.
import { endpointsController } from './endpoints/endpoints-controller.ts';
import { endpointSliceController } from './endpointslice/endpointslice-controller.ts';
import type { ControllerDefinition } from './runner/controller.ts';

export const controllers: ControllerDefinition[] = [
  endpointsController,
  endpointSliceController,
];
