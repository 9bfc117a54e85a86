// NoSchedule taints that mirror a node's conditions and cordon: node_lifecycle_controller.go →
// doNoScheduleTaintingPass. Ready False → not-ready, Ready Unknown → unreachable, MemoryPressure,
// DiskPressure, NetworkUnavailable and PIDPressure True → their pressure taints, and
// spec.unschedulable (kubectl cordon) → node.kubernetes.io/unschedulable; only NoSchedule taints
// with those keys are compared, so other taints are never touched. This controller is the one
// owner of node.kubernetes.io/unschedulable: cordon only sets spec.unschedulable.
import type { Node, Taint } from 'kubernetes-types/core/v1';
import type { ApiClient } from '../../client/api-client.ts';
import { swapNodeControllerTaint } from './taint-api.ts';
import { CONDITION_TAINT_KEYS, NODE_CONDITION_TO_TAINT_KEY, TAINT_NODE_UNSCHEDULABLE, taintSetDiff } from './taints.ts';

export function desiredNoScheduleTaints(node: Node): Taint[] {
  const taints: Taint[] = [];
  for (const c of node.status?.conditions ?? []) {
    const key = NODE_CONDITION_TO_TAINT_KEY[c.type]?.[c.status];
    if (key !== undefined) taints.push({ key, effect: 'NoSchedule' });
  }
  if (node.spec?.unschedulable) taints.push({ key: TAINT_NODE_UNSCHEDULABLE, effect: 'NoSchedule' });
  return taints;
}

/** The node's NoSchedule taints this pass compares: the unschedulable and condition taints. */
export function controllerNoScheduleTaints(node: Node): Taint[] {
  return (node.spec?.taints ?? []).filter((t) => t.effect === 'NoSchedule' && (t.key === TAINT_NODE_UNSCHEDULABLE || CONDITION_TAINT_KEYS.has(t.key)));
}

/** False when the swap failed (upstream logs it and waits for the node's next update). */
export function doNoScheduleTaintingPass(client: ApiClient, node: Node | undefined, nowMs: number): boolean {
  if (!node) return true;
  const { add, remove } = taintSetDiff(desiredNoScheduleTaints(node), controllerNoScheduleTaints(node));
  if (add.length === 0 && remove.length === 0) return true;
  return swapNodeControllerTaint(client, nowMs, add, remove, node);
}
