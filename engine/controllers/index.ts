// The controllers kube-controller-manager runs in this simulation, one line each.
// Order matters only for determinism: controllers start (and list) in this order.
import { endpointsController } from './endpoints/endpoints-controller.ts';
import { endpointSliceController } from './endpointslice/endpointslice-controller.ts';
import { endpointSliceMirroringController } from './endpointslice-mirroring/endpointslice-mirroring-controller.ts';
import type { ControllerDefinition } from './runner/controller.ts';
import { deploymentController } from './deployment/controller.ts';
import { garbageCollector } from './garbage-collector/controller.ts';
import { replicaSetController, replicationController } from './replicaset/controller.ts';
import { namespaceController } from './namespace/namespace-controller.ts';
import { serviceAccountsController } from './serviceaccount/serviceaccounts-controller.ts';
import { serviceLoadBalancerController } from './service-lb/service-lb-controller.ts';
import { resourceQuotaController } from './resource-quota/resource-quota-controller.ts';
import { nodeLifecycleController } from './node-lifecycle/controller.ts';
import { taintEvictionController } from './taint-eviction/controller.ts';

export const controllers: ControllerDefinition[] = [
  deploymentController,
  replicaSetController,
  replicationController,
  garbageCollector,
  endpointsController,
  endpointSliceController,
  endpointSliceMirroringController,
  namespaceController,
  serviceAccountsController,
  resourceQuotaController,
  serviceLoadBalancerController,
  nodeLifecycleController,
  taintEvictionController,
];
