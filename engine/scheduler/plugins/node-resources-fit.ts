// NodeResourcesFit: the pod's requests must fit the node's allocatable minus what is requested;
// scores with the LeastAllocated strategy (cpu weight 1, memory weight 1). Weight 1.
// Models: pkg/scheduler/framework/plugins/noderesources/fit.go → fitsRequest (reasons "Too many pods",
// "Insufficient cpu|memory|ephemeral-storage|<name>"; UnschedulableAndUnresolvable when the request
// exceeds the whole allocatable) and least_allocated.go → leastResourceScorer / leastRequestedScore.
// Leaves out: ignoredResources / ignoredResourceGroups arguments and in-place resize.
import { MAX_NODE_SCORE, type FilterPlugin, type ScorePlugin } from '../framework/interfaces.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { podRequests, type Resource } from '../framework/resource.ts';
import { SUCCESS, type Status } from '../framework/status.ts';

export const NAME = 'NodeResourcesFit';
export const WEIGHT = 1;
export const REASON_TOO_MANY_PODS = 'Too many pods';

export interface InsufficientResource { resourceName: string; reason: string; unresolvable: boolean }

function check(name: string, requested: number, used: number, allocatable: number): InsufficientResource | undefined {
  if (requested <= 0 || requested <= allocatable - used) return undefined;
  return { resourceName: name, reason: `Insufficient ${name}`, unresolvable: requested > allocatable };
}

/** Every resource the pod does not fit for, in upstream order: pods, cpu, memory, ephemeral-storage, scalars. */
export function fitsRequest(request: Resource, nodeInfo: NodeInfo): InsufficientResource[] {
  const { allocatable, requested } = nodeInfo;
  // Fast path (no allocation) for the common case where everything fits.
  if (nodeInfo.pods.length + 1 <= allocatable.allowedPodNumber &&
      (request.milliCPU <= 0 || request.milliCPU <= allocatable.milliCPU - requested.milliCPU) &&
      (request.memory <= 0 || request.memory <= allocatable.memory - requested.memory) &&
      (request.ephemeralStorage <= 0 || request.ephemeralStorage <= allocatable.ephemeralStorage - requested.ephemeralStorage) &&
      request.scalar.size === 0) {
    return NONE;
  }
  const out: InsufficientResource[] = [];
  if (nodeInfo.pods.length + 1 > allocatable.allowedPodNumber) {
    out.push({ resourceName: 'pods', reason: REASON_TOO_MANY_PODS, unresolvable: false });
  }
  const checks = [
    check('cpu', request.milliCPU, requested.milliCPU, allocatable.milliCPU),
    check('memory', request.memory, requested.memory, allocatable.memory),
    check('ephemeral-storage', request.ephemeralStorage, requested.ephemeralStorage, allocatable.ephemeralStorage),
  ];
  for (const [name, quantity] of request.scalar) {
    checks.push(check(name, quantity, requested.scalar.get(name) ?? 0, allocatable.scalar.get(name) ?? 0));
  }
  for (const c of checks) if (c) out.push(c);
  return out;
}
const NONE: InsufficientResource[] = [];

/** least_allocated.go → leastRequestedScore: (capacity − requested) × 100 / capacity, 0 when over. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/**
 * Worked example: node 4 cpu / 8Gi with 1 cpu / 2Gi non-zero requested, pod 1 cpu / 2Gi:
 * cpu (4000−2000)×100/4000 = 50, memory 50 → (50×1 + 50×1) / 2 = 50.
 */
export function leastAllocatedScore(podNonZero: Resource, nodeInfo: NodeInfo): number {
  const { allocatable, nonZeroRequested } = nodeInfo;
  let nodeScore = 0;
  let weightSum = 0;
  if (allocatable.milliCPU !== 0) {
    nodeScore += leastRequestedScore(nonZeroRequested.milliCPU + podNonZero.milliCPU, allocatable.milliCPU);
    weightSum += 1;
  }
  if (allocatable.memory !== 0) {
    nodeScore += leastRequestedScore(nonZeroRequested.memory + podNonZero.memory, allocatable.memory);
    weightSum += 1;
  }
  return weightSum === 0 ? 0 : Math.trunc(nodeScore / weightSum);
}

export const nodeResourcesFit: FilterPlugin & ScorePlugin = {
  name: NAME,
  weight: WEIGHT,
  events: ['Node/Add', 'Node/UpdateNodeAllocatable', 'Pod/Delete', 'Pod/UpdatePodScaleDown'],
  preFilter(_state, pod) {
    const request = podRequests(pod, false);
    return (nodeInfo): Status => {
      const insufficient = fitsRequest(request, nodeInfo);
      if (insufficient.length === 0) return SUCCESS;
      const code = insufficient.some((r) => r.unresolvable) ? 'UnschedulableAndUnresolvable' : 'Unschedulable';
      return { code, reasons: insufficient.map((r) => r.reason), plugin: NAME };
    };
  },
  preScore(_state, pod) {
    const nonZero = podRequests(pod, true);
    return (nodeInfo) => leastAllocatedScore(nonZero, nodeInfo);
  },
};
