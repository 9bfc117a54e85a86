// Per-resource storage hooks, the role of a REST storage's BeginCreate/BeginUpdate/AfterDelete
// (k8s.io/apiserver/pkg/registry/generic/registry/store.go): side effects that belong to the
// storage of one resource, such as the Service IP and port allocators.
import type { KubeObject } from '../apimachinery/object.ts';
import type { SeededRandom } from '../random/seeded-random.ts';
import { ServiceAllocation } from './service/service-allocation.ts';

export interface RestHooks {
  /** Runs just before a new object is stored; may fill fields or throw. */
  beginCreate?(obj: KubeObject): void;
  /** Undoes beginCreate when storing failed. */
  abortCreate?(obj: KubeObject): void;
  beginUpdate?(obj: KubeObject, old: KubeObject): void;
  afterRemove?(obj: KubeObject): void;
}

export function restHooks(random: SeededRandom): Map<string, RestHooks> {
  const services = new ServiceAllocation(random.fork('service-allocation'));
  return new Map<string, RestHooks>([
    ['services', {
      beginCreate: (o) => services.allocateCreate(o),
      abortCreate: (o) => services.release(o),
      beginUpdate: (o, old) => services.allocateUpdate(o, old),
      afterRemove: (o) => services.release(o),
    }],
  ]);
}
