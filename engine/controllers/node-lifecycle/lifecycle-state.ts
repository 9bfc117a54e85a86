// What the node lifecycle controller keeps between passes (node_lifecycle_controller.go →
// Controller): the nodes it knows, each node's last observed health, each zone's state, the nodes
// whose pods still need marking not ready, and the per-zone NoExecute tainter.
import type { Node } from 'kubernetes-types/core/v1';
import type { NodeLifecycleConfig } from './config.ts';
import type { NodeHealthData } from './node-health.ts';
import type { NoExecuteTainter } from './no-execute-tainter.ts';
import type { ZoneState } from './zone-state.ts';

export interface LifecycleState {
  readonly config: NodeLifecycleConfig;
  /** knownNodeSet. */
  readonly knownNodes: Map<string, Node>;
  /** nodeHealthMap. */
  readonly health: Map<string, NodeHealthData>;
  readonly zoneStates: Map<string, ZoneState>;
  /** nodesToRetry: MarkPodsNotReady failed for these. */
  readonly nodesToRetry: Set<string>;
  readonly tainter: NoExecuteTainter;
}
