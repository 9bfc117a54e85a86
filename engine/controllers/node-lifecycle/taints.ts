// The taints the node lifecycle controller owns and the set operations it applies to them:
// pkg/controller/nodelifecycle/node_lifecycle_controller.go → UnreachableTaintTemplate,
// NotReadyTaintTemplate, nodeConditionToTaintKeyStatusMap, taintKeyToNodeConditionMap; and
// pkg/util/taints/taints.go → TaintExists, TaintSetDiff, AddOrUpdateTaint, DeleteTaint (taints
// match on key and effect, Taint.MatchTaint). Pure functions over plain taint lists.
import type { Taint } from 'kubernetes-types/core/v1';
import { jsonEqual } from '../../apimachinery/object.ts';

export const TAINT_NODE_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_NODE_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_NODE_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

export const UNREACHABLE_TAINT: Readonly<Taint> = { key: TAINT_NODE_UNREACHABLE, effect: 'NoExecute' };
export const NOT_READY_TAINT: Readonly<Taint> = { key: TAINT_NODE_NOT_READY, effect: 'NoExecute' };

/** Which condition status of which condition type is mirrored by which NoSchedule taint key. */
export const NODE_CONDITION_TO_TAINT_KEY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Ready: { False: TAINT_NODE_NOT_READY, Unknown: TAINT_NODE_UNREACHABLE },
  MemoryPressure: { True: 'node.kubernetes.io/memory-pressure' },
  DiskPressure: { True: 'node.kubernetes.io/disk-pressure' },
  NetworkUnavailable: { True: 'node.kubernetes.io/network-unavailable' },
  PIDPressure: { True: 'node.kubernetes.io/pid-pressure' },
};

/** taintKeyToNodeConditionMap's keys: the condition taints. */
export const CONDITION_TAINT_KEYS: ReadonlySet<string> = new Set(
  Object.values(NODE_CONDITION_TO_TAINT_KEY).flatMap((byStatus) => Object.values(byStatus)),
);

/** Taint.MatchTaint: same key and effect (the value and timeAdded do not matter). */
export const matchTaint = (a: Taint, b: Taint): boolean => a.key === b.key && a.effect === b.effect;

export function taintExists(taints: readonly Taint[] | undefined, find: Taint): boolean {
  return (taints ?? []).some((t) => matchTaint(t, find));
}

/** TaintSetDiff: the taints of `want` missing from `have`, and those of `have` not in `want`. */
export function taintSetDiff(want: readonly Taint[], have: readonly Taint[]): { add: Taint[]; remove: Taint[] } {
  return { add: want.filter((t) => !taintExists(have, t)), remove: have.filter((t) => !taintExists(want, t)) };
}

/** AddOrUpdateTaint: replaces a matching taint unless it is identical (timeAdded included), else appends. */
export function addOrUpdateTaint(taints: readonly Taint[], taint: Taint): { taints: Taint[]; updated: boolean } {
  const existing = taints.find((t) => matchTaint(t, taint));
  if (existing && jsonEqual(existing, taint)) return { taints: [...taints], updated: false };
  if (existing) return { taints: taints.map((t) => (matchTaint(t, taint) ? taint : t)), updated: true };
  return { taints: [...taints, taint], updated: true };
}

/** RemoveTaint: drops every taint matching key and effect. */
export function removeTaint(taints: readonly Taint[], taint: Taint): { taints: Taint[]; updated: boolean } {
  const kept = taints.filter((t) => !matchTaint(t, taint));
  return { taints: kept, updated: kept.length !== taints.length };
}
