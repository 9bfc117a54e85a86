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
  /** Extended and hugepages resources by name, in whole units (written only through this file). */
  scalar: ReadonlyMap<string, number>;
}

/** pkg/scheduler/util/pod_resources.go → DefaultMilliCPURequest, DefaultMemoryRequest. */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** Shared by every Resource without extended resources; setScalar replaces it before writing. */
const NO_SCALARS: ReadonlyMap<string, number> = new Map();

export function emptyResource(): Resource {
  return { milliCPU: 0, memory: 0, ephemeralStorage: 0, allowedPodNumber: 0, scalar: NO_SCALARS };
}

function setScalar(r: Resource, name: string, v: number): void {
  const scalar = r.scalar === NO_SCALARS ? new Map<string, number>() : r.scalar as Map<string, number>;
  scalar.set(name, v);
  r.scalar = scalar;
}

/** Resource from a ResourceList such as node.status.allocatable or container requests. */
export function resourceFromList(list: Record<string, string | number> | undefined): Resource {
  const r = emptyResource();
  for (const name in list) {
    const quantity = list[name] as string | number;
    if (name === 'cpu') r.milliCPU = milliValue(quantity);
    else if (name === 'memory') r.memory = value(quantity);
    else if (name === 'ephemeral-storage') r.ephemeralStorage = value(quantity);
    else if (name === 'pods') r.allowedPodNumber = value(quantity);
    else setScalar(r, name, value(quantity));
  }
  return r;
}

export function addResource(into: Resource, other: Resource): void {
  into.milliCPU += other.milliCPU;
  into.memory += other.memory;
  into.ephemeralStorage += other.ephemeralStorage;
  into.allowedPodNumber += other.allowedPodNumber;
  for (const [name, v] of other.scalar) setScalar(into, name, (into.scalar.get(name) ?? 0) + v);
}

function maxResource(into: Resource, other: Resource): void {
  into.milliCPU = Math.max(into.milliCPU, other.milliCPU);
  into.memory = Math.max(into.memory, other.memory);
  into.ephemeralStorage = Math.max(into.ephemeralStorage, other.ephemeralStorage);
  for (const [name, v] of other.scalar) setScalar(into, name, Math.max(into.scalar.get(name) ?? 0, v));
}

function containerRequests(resources: ResourceRequirements | undefined, nonZero: boolean): Resource {
  const requests = resources?.requests as Record<string, string | number> | undefined;
  const r = resourceFromList(requests);
  if (nonZero && !(requests && 'cpu' in requests)) r.milliCPU = DEFAULT_MILLI_CPU_REQUEST;
  if (nonZero && !(requests && 'memory' in requests)) r.memory = DEFAULT_MEMORY_REQUEST;
  return r;
}

function isSidecar(c: Container): boolean {
  return c.restartPolicy === 'Always';
}

/**
 * The pod's requests. nonZero=true gives the "non-zero" requests scoring uses: a container
 * without a cpu (memory) request counts 100m (200Mi); an explicit 0 stays 0. The result may be
 * shared (memoized): callers must not change it.
 */
export function podRequests(pod: Pod, nonZero = false): Readonly<Resource> {
  const memo = requestsMemo(pod);
  if (!memo) return computePodRequests(pod, nonZero);
  if (nonZero) return (memo.nonZero ??= computePodRequests(pod, true));
  return (memo.actual ??= computePodRequests(pod, false));
}

interface RequestsMemo {
  containers: readonly Container[];
  initContainers: readonly Container[] | undefined;
  overhead: unknown;
  actual?: Resource;
  nonZero?: Resource;
}

/**
 * The last few pods' requests, by their containers array: stored objects are frozen and the API
 * server's writes share a pod's untouched parts (a Binding copies only spec.nodeName), so the
 * PreFilter, PreScore and assume steps of one cycle, and the pod's next versions, hit one entry.
 * The requests depend only on containers, initContainers and overhead; an entry checks all three.
 */
const MEMO_SIZE = 8;
const MEMO: RequestsMemo[] = [];
let memoNext = 0;

function requestsMemo(pod: Pod): RequestsMemo | undefined {
  const spec = pod.spec;
  const containers = spec?.containers;
  if (!spec || !containers) return undefined;
  // Newest first: the pod of the current cycle is nearly always the last one memoized.
  for (let i = 1; i <= MEMO.length; i++) {
    const entry = MEMO[(memoNext - i + MEMO_SIZE) % MEMO_SIZE];
    if (entry && entry.containers === containers && entry.initContainers === spec.initContainers && entry.overhead === spec.overhead) return entry;
  }
  const fresh: RequestsMemo = { containers, initContainers: spec.initContainers, overhead: spec.overhead };
  MEMO[memoNext] = fresh;
  memoNext = (memoNext + 1) % MEMO_SIZE;
  return fresh;
}

const ZERO: Resource = Object.freeze(emptyResource());

function computePodRequests(pod: Pod, nonZero: boolean): Resource {
  const spec = pod.spec;
  const total = emptyResource();
  for (const c of spec?.containers ?? []) addResource(total, containerRequests(c.resources, nonZero));
  const initContainers = spec?.initContainers;
  if (initContainers && initContainers.length > 0) {
    // Init containers run one at a time, each beside the sidecars started before it.
    const sidecars = emptyResource();
    const initMax = emptyResource();
    for (const c of initContainers) {
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
  } else {
    // Without init containers the max is taken against zero, as PodRequests does.
    maxResource(total, ZERO);
  }
  const overhead = spec?.overhead as Record<string, string | number> | undefined;
  if (overhead) addResource(total, resourceFromList(overhead));
  return total;
}
