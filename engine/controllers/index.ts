// The controllers kube-controller-manager runs in this simulation, one line each, under their
// `--controllers` names (cmd/kube-controller-manager/names/controller_names.go) and the older
// names still accepted as aliases. Order matters only for determinism: controllers start (and
// list) in this order.
import { endpointsController } from './endpoints/endpoints-controller.ts';
import { endpointSliceController } from './endpointslice/endpointslice-controller.ts';
import { endpointSliceMirroringController } from './endpointslice-mirroring/endpointslice-mirroring-controller.ts';
import type { NamedController } from './enabled-controllers.ts';
import { deploymentController } from './deployment/controller.ts';
import { garbageCollector } from './garbage-collector/controller.ts';
import { replicaSetController, replicationController } from './replicaset/controller.ts';
import { namespaceController } from './namespace/namespace-controller.ts';
import { serviceAccountsController } from './serviceaccount/serviceaccounts-controller.ts';
import { serviceLoadBalancerController } from './service-lb/service-lb-controller.ts';
import { resourceQuotaController } from './resource-quota/resource-quota-controller.ts';
import { nodeLifecycleController } from './node-lifecycle/controller.ts';
import { taintEvictionController } from './taint-eviction/controller.ts';

export const controllers: readonly NamedController[] = [
  { name: 'deployment-controller', aliases: ['deployment'], definition: deploymentController },
  { name: 'replicaset-controller', aliases: ['replicaset'], definition: replicaSetController },
  { name: 'replicationcontroller-controller', aliases: ['replicationcontroller'], definition: replicationController },
  { name: 'garbage-collector-controller', aliases: ['garbagecollector'], definition: garbageCollector },
  { name: 'endpoints-controller', aliases: ['endpoint'], definition: endpointsController },
  { name: 'endpointslice-controller', aliases: ['endpointslice'], definition: endpointSliceController },
  { name: 'endpointslice-mirroring-controller', aliases: ['endpointslicemirroring'], definition: endpointSliceMirroringController },
  { name: 'namespace-controller', aliases: ['namespace'], definition: namespaceController },
  { name: 'serviceaccount-controller', aliases: ['serviceaccount'], definition: serviceAccountsController },
  { name: 'resourcequota-controller', aliases: ['resourcequota'], definition: resourceQuotaController },
  { name: 'service-lb-controller', aliases: ['service'], definition: serviceLoadBalancerController },
  { name: 'node-lifecycle-controller', aliases: ['nodelifecycle'], definition: nodeLifecycleController },
  { name: 'taint-eviction-controller', aliases: [], definition: taintEvictionController },
];
