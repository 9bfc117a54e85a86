// NodeResourcesBalancedAllocation: prefer nodes whose cpu and memory fractions stay close. Weight 1.
// Models: pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go → PreScore (best-effort
// pods are skipped: every node scores 0), balancedResourceScorer (actual requests, not the non-zero
// stand-ins; fraction capped at 1; two resources: std = |f1 − f2| / 2; score = int((1 − std) × 100)).
import { MAX_NODE_SCORE, SKIP, type ScorePlugin } from '../framework/interfaces.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { podRequests, type Resource } from '../framework/resource.ts';
import { resourceScorer } from '../framework/resource-scorer.ts';

export const NAME = 'NodeResourcesBalancedAllocation';
export const WEIGHT = 1;

/** Worked example: cpu 2000/4000 = 0.5, memory 6Gi/8Gi = 0.75 → std 0.125 → int(87.5) = 87. */
export function balancedResourceScore(requested: readonly number[], allocatable: readonly number[]): number {
  const fractions: number[] = [];
  for (let i = 0; i < requested.length; i++) {
    const alloc = allocatable[i] ?? 0;
    if (alloc === 0) continue;
    fractions.push(Math.min(1, (requested[i] ?? 0) / alloc));
  }
  let std = 0;
  if (fractions.length === 2) {
    std = Math.abs(((fractions[0] ?? 0) - (fractions[1] ?? 0)) / 2);
  } else if (fractions.length > 2) {
    const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
    std = Math.sqrt(fractions.reduce((a, f) => a + (f - mean) * (f - mean), 0) / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** Two resources (the default): std = |f_cpu − f_mem| / 2, without allocating arrays. */
function balancedScore(podMilliCPU: number, podMemory: number, allocMilliCPU: number, usedMilliCPU: number, allocMemory: number, usedMemory: number): number {
  if (allocMilliCPU === 0 || allocMemory === 0) {
    return balancedResourceScore([usedMilliCPU + podMilliCPU, usedMemory + podMemory], [allocMilliCPU, allocMemory]);
  }
  const fCpu = Math.min(1, (usedMilliCPU + podMilliCPU) / allocMilliCPU);
  const fMem = Math.min(1, (usedMemory + podMemory) / allocMemory);
  return Math.trunc((1 - Math.abs((fCpu - fMem) / 2)) * MAX_NODE_SCORE);
}

export function balancedAllocationScore(podRequest: Readonly<Resource>, nodeInfo: NodeInfo): number {
  const { table: t, row } = nodeInfo;
  return balancedScore(podRequest.milliCPU, podRequest.memory, t.allocMilliCPU[row]!, t.reqMilliCPU[row]!, t.allocMemory[row]!, t.reqMemory[row]!);
}

export const balancedAllocation: ScorePlugin = {
  name: NAME,
  weight: WEIGHT,
  events: ['Node/Add', 'Node/UpdateNodeAllocatable', 'Pod/Delete'],
  preScore(_state, pod) {
    const request = podRequests(pod, false);
    if (request.milliCPU === 0 && request.memory === 0) return SKIP;
    return resourceScorer('actual', balancedScore, request.milliCPU, request.memory);
  },
};
