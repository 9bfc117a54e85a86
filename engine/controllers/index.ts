// The controllers kube-controller-manager runs in this simulation, one line each.
// Order matters only for determinism: controllers start (and list) in this order.
import type { ControllerDefinition } from './runner/controller.ts';

export const controllers: ControllerDefinition[] = [];
