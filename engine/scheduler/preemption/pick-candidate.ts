// Choosing the node to preempt on among the candidates.
// Models: pkg/scheduler/framework/preemption/preemption.go → pickOneNodeForPreemption, in order:
// fewest PDB violations; lowest highest-victim priority; smallest sum of victim priorities (each offset
// by MaxInt32+1); fewest victims; latest start time of the highest-priority victims; then the first
// candidate (upstream: the first left in a map-ordered list; here candidate order = node order).
import type { Pod } from 'kubernetes-types/core/v1';
import { podPriority } from '../framework/pod-priority.ts';

export interface Candidate { nodeName: string; victims: Pod[]; numPDBViolations: number }

const PRIORITY_OFFSET = 2147483647 + 1;

function highestPriority(c: Candidate): number {
  return c.victims.reduce((m, p) => Math.max(m, podPriority(p)), -Infinity);
}

function sumPriorities(c: Candidate): number {
  return c.victims.reduce((s, p) => s + podPriority(p) + PRIORITY_OFFSET, 0);
}

/** Earliest start time among the victims holding the highest priority (GetEarliestPodStartTime). */
function earliestStartOfHighest(c: Candidate): string {
  const top = highestPriority(c);
  const starts = c.victims.filter((p) => podPriority(p) === top).map((p) => p.status?.startTime ?? '');
  return starts.sort()[0] ?? '';
}

type Criterion = (c: Candidate) => number | string;

/** Keeps the candidates minimal (or, for strings, maximal when max is set) under one criterion. */
function keepBest(cands: Candidate[], key: Criterion, max = false): Candidate[] {
  let best: number | string | undefined;
  let kept: Candidate[] = [];
  for (const c of cands) {
    const k = key(c);
    const better = best === undefined || (max ? k > best : k < best);
    if (better) { best = k; kept = [c]; } else if (k === best) kept.push(c);
  }
  return kept;
}

export function pickOneNodeForPreemption(candidates: readonly Candidate[]): Candidate | undefined {
  if (candidates.length === 0) return undefined;
  const zeroVictims = candidates.find((c) => c.victims.length === 0);
  if (zeroVictims) return zeroVictims;
  let left = [...candidates];
  left = keepBest(left, (c) => c.numPDBViolations);
  left = keepBest(left, highestPriority);
  left = keepBest(left, sumPriorities);
  left = keepBest(left, (c) => c.victims.length);
  left = keepBest(left, earliestStartOfHighest, true);
  return left[0];
}
