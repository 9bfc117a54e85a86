// Writing the controller's taints through the API: pkg/controller/util/node/controller_utils.go →
// SwapNodeControllerTaint (every added taint stamped timeAdded = now, added first, then the
// opposite ones removed) over pkg/controller/controller_utils.go → AddOrUpdateTaintOnNode,
// RemoveTaintOffNode (which returns at once when the node it was given carries none of them) and
// PatchNodeTaints (a strategic merge patch replacing spec.taints). Every write reads the node
// fresh first, so the conflict retries of RetryOnConflict are left out.
import type { Node, Taint } from 'kubernetes-types/core/v1';
import type { ApiClient } from '../../client/api-client.ts';
import { formatTimestamp } from '../../clock/timestamp.ts';
import { addOrUpdateTaint, removeTaint, taintExists } from './taints.ts';

function patchNodeTaints(client: ApiClient, node: Node, taints: Taint[]): void {
  client.patch('nodes', undefined, node.metadata?.name ?? '', 'strategic', {
    metadata: { resourceVersion: node.metadata?.resourceVersion },
    spec: { taints: taints.length > 0 ? taints : null },
  });
}

type TaintEdit = (taints: readonly Taint[], taint: Taint) => { taints: Taint[]; updated: boolean };

/** Reads the node fresh, applies the edit for each taint and patches only when one changed it. */
function editNodeTaints(client: ApiClient, nodeName: string, taints: readonly Taint[], edit: TaintEdit): void {
  const node = client.get<Node>('nodes', undefined, nodeName);
  let current = node.spec?.taints ?? [];
  let updated = false;
  for (const taint of taints) {
    const r = edit(current, taint);
    current = r.taints;
    updated ||= r.updated;
  }
  if (updated) patchNodeTaints(client, node, current);
}

export function addOrUpdateTaintOnNode(client: ApiClient, nodeName: string, taints: readonly Taint[]): void {
  if (taints.length > 0) editNodeTaints(client, nodeName, taints, addOrUpdateTaint);
}

export function removeTaintOffNode(client: ApiClient, nodeName: string, known: Node | undefined, taints: readonly Taint[]): void {
  if (taints.length === 0) return;
  if (known && !taints.some((t) => taintExists(known.spec?.taints, t))) return;
  editNodeTaints(client, nodeName, taints, removeTaint);
}

/** True when both writes went through; a failure is logged upstream and retried on a later pass. */
export function swapNodeControllerTaint(client: ApiClient, nowMs: number, add: readonly Taint[], remove: readonly Taint[], node: Node): boolean {
  const timeAdded = formatTimestamp(nowMs);
  try {
    addOrUpdateTaintOnNode(client, node.metadata?.name ?? '', add.map((t) => ({ ...t, timeAdded })));
    removeTaintOffNode(client, node.metadata?.name ?? '', node, remove);
    return true;
  } catch {
    return false;
  }
}
