// The "0/N nodes are available: ..." message of a pod that fits nowhere.
// Models: pkg/scheduler/framework/types.go → FitError.Error (v1.32+): the PreFilter message if a
// PreFilter plugin rejected the pod, else the per-node reason histogram rendered "<count> <reason>",
// sorted as strings, joined ", " and ended with "."; then " " + the PostFilter (preemption) message.
// Also NoNodeAvailableMsg and schedule_one.go's ErrNoNodesAvailable.
import type { Status } from './status.ts';

export const NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

export interface Diagnosis {
  /** Status per rejected node, by node name. */
  nodeToStatus: Map<string, Status>;
  preFilterMsg?: string;
  postFilterMsg?: string;
  /** Plugins that rejected the pod somewhere (drives which cluster events requeue it). */
  unschedulablePlugins: Set<string>;
}

export function emptyDiagnosis(): Diagnosis {
  return { nodeToStatus: new Map(), unschedulablePlugins: new Set() };
}

export function fitErrorMessage(numAllNodes: number, diagnosis: Diagnosis): string {
  let message = `0/${numAllNodes} nodes are available:`;
  if (diagnosis.preFilterMsg) {
    message += ` ${diagnosis.preFilterMsg}.`;
  } else {
    const histogram = new Map<string, number>();
    for (const status of diagnosis.nodeToStatus.values()) {
      for (const reason of status.reasons) histogram.set(reason, (histogram.get(reason) ?? 0) + 1);
    }
    // sort.Strings compares bytes; JS default sort compares UTF-16 units, equal for ASCII reasons.
    const parts = [...histogram].map(([reason, count]) => `${count} ${reason}`).sort();
    if (parts.length > 0) message += ` ${parts.join(', ')}.`;
  }
  if (diagnosis.postFilterMsg) message += ` ${diagnosis.postFilterMsg}`;
  return message;
}
