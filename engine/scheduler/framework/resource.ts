// The scheduler's resource vector and a pod's effective requests.
// Models: pkg/scheduler/framework/types.go → Resource, and
// staging/src/k8s.io/component-helpers/resource/helpers.go → PodRequests (containers summed,
// init containers as a running max, restartable init containers (sidecars) added, overhead added),
// with NonMissingContainerRequests (pkg/scheduler/util/pod_resources.go: 100m cpu, 200Mi memory).
// Leaves out: in-place resize (status.resize / allocated resources) and pod-level resources.
import type { Container, Pod, ResourceRequirements } from 'kubernetes-types/core/v1';
import { milliValue, value } from './quantity-local.ts';

export interface Resource {
  milliCPU: number;
  memory: number;
  ephemeralStorage: number;
  allowedPodNumber: number;
  /** Extended and hugepages resources by name, in whole units. */
  scalar: Map<string, number>;
}

/** pkg/scheduler/util/pod_resources.go → DefaultMilliCPURequest, DefaultMemoryRequest. */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

export function emptyResource(): Resource {
  return { milliCPU: 0, memory: 0, ephemeralStorage: 0, allowedPodNumber: 0, scalar: new Map() };
}

/** Resource from a ResourceList such as node.status.allocatable or container requests. */
export function resourceFromList(list: Record<string, string | number> | undefined): Resource {
  const r = emptyResource();
  for (const [name, quantity] of Object.entries(list ?? {})) {
    if (name === 'cpu') r.milliCPU = milliValue(quantity);
    else if (name === 'memory') r.memory = value(quantity);
    else if (name === 'ephemeral-storage') r.ephemeralStorage = value(quantity);
    else if (name === 'pods') r.allowedPodNumber = value(quantity);
    else r.scalar.set(name, value(quantity));
  }
  return r;
}

export function addResource(into: Resource, other: Resource): void {
  into.milliCPU += other.milliCPU;
  into.memory += other.memory;
  into.ephemeralStorage += other.ephemeralStorage;
  into.allowedPodNumber += other.allowedPodNumber;
  for (const [name, v] of other.scalar) into.scalar.set(name, (into.scalar.get(name) ?? 0) + v);
}

export function subtractResource(into: Resource, other: Resource): void {
  into.milliCPU -= other.milliCPU;
  into.memory -= other.memory;
  into.ephemeralStorage -= other.ephemeralStorage;
  into.allowedPodNumber -= other.allowedPodNumber;
  for (const [name, v] of other.scalar) into.scalar.set(name, (into.scalar.get(name) ?? 0) - v);
}

function maxResource(into: Resource, other: Resource): void {
  into.milliCPU = Math.max(into.milliCPU, other.milliCPU);
  into.memory = Math.max(into.memory, other.memory);
  into.ephemeralStorage = Math.max(into.ephemeralStorage, other.ephemeralStorage);
  for (const [name, v] of other.scalar) into.scalar.set(name, Math.max(into.scalar.get(name) ?? 0, v));
}

function containerRequests(resources: ResourceRequirements | undefined, nonZero: boolean): Resource {
  const requests = (resources?.requests ?? {}) as Record<string, string | number>;
  const r = resourceFromList(requests);
  if (nonZero && !('cpu' in requests)) r.milliCPU = DEFAULT_MILLI_CPU_REQUEST;
  if (nonZero && !('memory' in requests)) r.memory = DEFAULT_MEMORY_REQUEST;
  return r;
}

function isSidecar(c: Container): boolean {
  return c.restartPolicy === 'Always';
}

/**
 * The pod's requests. nonZero=true gives the "non-zero" requests scoring uses: a container
 * without a cpu (memory) request counts 100m (200Mi); an explicit 0 stays 0.
 */
export function podRequests(pod: Pod, nonZero = false): Resource {
  // Memoized per pod object: stored objects are frozen, so identity implies content.
  const memo = nonZero ? NON_ZERO_MEMO : ACTUAL_MEMO;
  const cached = memo.get(pod);
  if (cached) return copyResource(cached);
  const computed = computePodRequests(pod, nonZero);
  memo.set(pod, computed);
  return copyResource(computed);
}

const ACTUAL_MEMO = new WeakMap<Pod, Resource>();
const NON_ZERO_MEMO = new WeakMap<Pod, Resource>();

function copyResource(r: Resource): Resource {
  return { ...r, scalar: new Map(r.scalar) };
}

function computePodRequests(pod: Pod, nonZero: boolean): Resource {
  const spec = pod.spec;
  const total = emptyResource();
  for (const c of spec?.containers ?? []) addResource(total, containerRequests(c.resources, nonZero));
  // Init containers run one at a time, each beside the sidecars started before it.
  const sidecars = emptyResource();
  const initMax = emptyResource();
  for (const c of spec?.initContainers ?? []) {
    const req = containerRequests(c.resources, nonZero);
    if (isSidecar(c)) {
      addResource(sidecars, req);
      maxResource(initMax, sidecars);
    } else {
      addResource(req, sidecars);
      maxResource(initMax, req);
    }
  }
  addResource(total, sidecars);
  maxResource(total, initMax);
  const overhead = spec?.overhead as Record<string, string | number> | undefined;
  if (overhead) addResource(total, resourceFromList(overhead));
  return total;
}
