// NodeResourcesFit: the pod's requests must fit the node's allocatable minus what is requested;
// scores with the LeastAllocated strategy (cpu weight 1, memory weight 1). Weight 1.
// Models: pkg/scheduler/framework/plugins/noderesources/fit.go → fitsRequest (reasons "Too many pods",
// "Insufficient cpu|memory|ephemeral-storage|<name>"; UnschedulableAndUnresolvable when the request
// exceeds the whole allocatable) and least_allocated.go → leastResourceScorer / leastRequestedScore.
// Leaves out: ignoredResources / ignoredResourceGroups arguments and in-place resize.
import { MAX_NODE_SCORE, type FilterPlugin, type ScorePlugin } from '../framework/interfaces.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { podRequests, type Resource } from '../framework/resource.ts';
import { resourceScorer } from '../framework/resource-scorer.ts';
import type { NodeTable } from '../framework/node-table.ts';
import type { Rejections } from '../framework/rejections.ts';
import type { Status } from '../framework/status.ts';

export const NAME = 'NodeResourcesFit';
export const WEIGHT = 1;
export const REASON_TOO_MANY_PODS = 'Too many pods';

export interface InsufficientResource { resourceName: string; reason: string; unresolvable: boolean }

function check(name: string, requested: number, used: number, allocatable: number): InsufficientResource | undefined {
  if (requested <= 0 || requested <= allocatable - used) return undefined;
  return { resourceName: name, reason: `Insufficient ${name}`, unresolvable: requested > allocatable };
}

/** Every resource the pod does not fit for, in upstream order: pods, cpu, memory, ephemeral-storage, scalars. */
export function fitsRequest(request: Readonly<Resource>, nodeInfo: NodeInfo): InsufficientResource[] {
  const { table: t, row } = nodeInfo;
  const out: InsufficientResource[] = [];
  if (t.podCount[row]! + 1 > t.allowedPodNumber[row]!) {
    out.push({ resourceName: 'pods', reason: REASON_TOO_MANY_PODS, unresolvable: false });
  }
  const checks = [
    check('cpu', request.milliCPU, t.reqMilliCPU[row]!, t.allocMilliCPU[row]!),
    check('memory', request.memory, t.reqMemory[row]!, t.allocMemory[row]!),
    check('ephemeral-storage', request.ephemeralStorage, t.reqEphemeralStorage[row]!, t.allocEphemeralStorage[row]!),
  ];
  for (const [name, quantity] of request.scalar) {
    checks.push(check(name, quantity, nodeInfo.requestedScalar.get(name) ?? 0, nodeInfo.allocatableScalar.get(name) ?? 0));
  }
  for (const c of checks) if (c) out.push(c);
  return out;
}

function fitStatus(request: Readonly<Resource>, nodeInfo: NodeInfo): Status | undefined {
  const insufficient = fitsRequest(request, nodeInfo);
  if (insufficient.length === 0) return undefined;
  const code = insufficient.some((r) => r.unresolvable) ? 'UnschedulableAndUnresolvable' : 'Unschedulable';
  return { code, reasons: insufficient.map((r) => r.reason), plugin: NAME };
}

/** least_allocated.go → leastRequestedScore: (capacity − requested) × 100 / capacity, 0 when over. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/**
 * leastResourceScorer over cpu and memory: Σ score × weight / Σ weight with weight 1 each, a resource
 * the node lacks left out. The sum of weights is 1 or 2; halving by × 0.5 is exact, as / 2 is.
 */
function leastAllocated(podMilliCPU: number, podMemory: number, allocMilliCPU: number, usedMilliCPU: number, allocMemory: number, usedMemory: number): number {
  const cpu = allocMilliCPU === 0 ? -1 : leastRequestedScore(usedMilliCPU + podMilliCPU, allocMilliCPU);
  const memory = allocMemory === 0 ? -1 : leastRequestedScore(usedMemory + podMemory, allocMemory);
  if (cpu < 0) return memory < 0 ? 0 : memory;
  if (memory < 0) return cpu;
  return Math.trunc((cpu + memory) * 0.5);
}

/**
 * Worked example: node 4 cpu / 8Gi with 1 cpu / 2Gi non-zero requested, pod 1 cpu / 2Gi:
 * cpu (4000−2000)×100/4000 = 50, memory 50 → (50×1 + 50×1) / 2 = 50.
 */
export function leastAllocatedScore(podNonZero: Readonly<Resource>, nodeInfo: NodeInfo): number {
  const { table: t, row } = nodeInfo;
  return leastAllocated(podNonZero.milliCPU, podNonZero.memory, t.allocMilliCPU[row]!, t.nonZeroMilliCPU[row]!, t.allocMemory[row]!, t.nonZeroMemory[row]!);
}

/**
 * The batch Filter: keeps the rows the request fits. A module-level loop fed the request, not one
 * inside the closure PreFilter makes per pod: see resource-scorer.ts for the cost of the latter.
 */
function filterRows(request: Readonly<Resource>, nodes: NodeTable, rows: Int32Array, from: number, to: number, rejected: Rejections): number {
  const { milliCPU, memory, ephemeralStorage } = request;
  const hasScalar = request.scalar.size > 0;
  const { freePods, freeMilliCPU, freeMemory, freeEphemeralStorage } = nodes;
  let end = from;
  for (let k = from; k < to; k++) {
    const r = rows[k]!;
    // Fast path for the common case where everything fits (pods + 1 ≤ allowed, request ≤
    // allocatable − requested); fitStatus finds the reasons otherwise.
    const fits = !hasScalar && freePods[r]! >= 1 &&
      (milliCPU <= 0 || milliCPU <= freeMilliCPU[r]!) &&
      (memory <= 0 || memory <= freeMemory[r]!) &&
      (ephemeralStorage <= 0 || ephemeralStorage <= freeEphemeralStorage[r]!);
    const status = fits ? undefined : fitStatus(request, nodes.infos[r]!);
    if (status) rejected.add(r, status);
    else rows[end++] = r;
  }
  return end;
}

export const nodeResourcesFit: FilterPlugin & ScorePlugin = {
  name: NAME,
  weight: WEIGHT,
  events: ['Node/Add', 'Node/UpdateNodeAllocatable', 'Pod/Delete', 'Pod/UpdatePodScaleDown'],
  preFilter(_state, pod) {
    const request = podRequests(pod, false);
    return (nodes, rows, from, to, rejected) => filterRows(request, nodes, rows, from, to, rejected);
  },
  preScore(_state, pod) {
    const nonZero = podRequests(pod, true);
    return resourceScorer('nonZero', leastAllocated, nonZero.milliCPU, nonZero.memory);
  },
};
