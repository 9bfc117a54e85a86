// One pass of node_lifecycle_controller.go → monitorNodeHealth, every node-monitor-period: new
// nodes are registered (RegisteredNode, their zone gets a tainter, stale NoExecute taints go),
// removed ones forgotten (RemovingNode); each node's health is checked and, when its kubelet went
// quiet, written back Unknown (retried on a fresh read when the write fails); its NoExecute taint
// follows what the Ready condition was before this pass (processTaintBaseEviction); a node that
// just stopped being Ready gets NodeNotReady and its pods are marked not ready; then zones are
// judged (disruption.ts). Nodes are handled in name order (upstream: 8 workers in parallel).
import type { Node, NodeCondition, Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../../apimachinery/object.ts';
import type { ApiClient } from '../../client/api-client.ts';
import type { EventRecorder } from '../../client/event-recorder.ts';
import type { Informer } from '../../client/informer.ts';
import type { VirtualClock } from '../../clock/virtual-clock.ts';
import { NODE_HEALTH_UPDATE_RETRY } from './config.ts';
import { handleDisruption } from './disruption.ts';
import type { LifecycleState } from './lifecycle-state.ts';
import { checkNodeHealth, type HealthCheck, type NodeLease } from './node-health.ts';
import { recordNodeEvent, recordNodeStatusChange } from './node-events.ts';
import { markPodsNotReady } from './pod-readiness.ts';
import { POD_NODE_NAME_INDEX } from '../runner/pod-node-name-index.ts';
import { swapNodeControllerTaint } from './taint-api.ts';
import { NOT_READY_TAINT, taintExists, UNREACHABLE_TAINT } from './taints.ts';
import { zoneKey } from './zone-state.ts';

/** labelNodeDisruptionExclusion: such nodes do not count towards their zone's state. */
const EXCLUDE_DISRUPTION_LABEL = 'node.kubernetes.io/exclude-disruption';

export interface MonitorDeps {
  client: ApiClient;
  recorder: EventRecorder;
  clock: VirtualClock;
  nodes: Informer<Stored<Node>>;
  leases: Informer<Stored<NodeLease>>;
  pods: Informer<Stored<Pod>>;
}

const nameOf = (node: Node): string => node.metadata?.name ?? '';

export function monitorNodeHealth(d: MonitorDeps, s: LifecycleState): void {
  const nowMs = d.clock.nowMs();
  const nodes = d.nodes.list();
  const seen = new Set(nodes.map(nameOf));
  for (const node of nodes) {
    if (s.knownNodes.has(nameOf(node))) { addZoneFor(s, node); continue; }
    recordNodeEvent(d.recorder, node, 'Normal', 'RegisteredNode', `Registered Node ${nameOf(node)} in Controller`);
    s.knownNodes.set(nameOf(node), node);
    addZoneFor(s, node);
    try { s.tainter.markNodeAsReachable(node); } catch { /* retried on the node's next pass */ }
  }
  for (const [name, node] of [...s.knownNodes]) {
    if (seen.has(name)) continue;
    recordNodeEvent(d.recorder, node, 'Normal', 'RemovingNode', `Removing Node ${name} from Controller`);
    s.knownNodes.delete(name);
  }
  const zoneConditions = new Map<string, (NodeCondition | undefined)[]>();
  // Upstream deep-copies each node first; the informer's objects are frozen and nothing here
  // writes to them (checkNodeHealth builds its own copy to write), so they are read as they are.
  for (const node of nodes) updateNode(d, s, node, zoneConditions, nowMs);
  handleDisruption(s, zoneConditions, nodes, nowMs);
}

/** addPodEvictorForNewZone. */
function addZoneFor(s: LifecycleState, node: Node): void {
  const zone = zoneKey(node);
  if (s.zoneStates.has(zone)) return;
  s.zoneStates.set(zone, 'Initial');
  s.tainter.addZone(zone);
}

function updateNode(d: MonitorDeps, s: LifecycleState, node: Node, zoneConditions: Map<string, (NodeCondition | undefined)[]>, nowMs: number): void {
  const name = nameOf(node);
  const check = checkWithRetry(d, s, node, nowMs);
  if (!check) return; // "Update health of Node from Controller error, Skipping - no pods will be evicted"
  if (node.metadata?.labels?.[EXCLUDE_DISRUPTION_LABEL] === undefined) {
    // Appended in place: a copy per node made a pass O(nodes²) (5,000 nodes: ~100 MB a pass).
    const zone = zoneKey(node);
    const conditions = zoneConditions.get(zone);
    if (conditions === undefined) zoneConditions.set(zone, [check.currentReady]);
    else conditions.push(check.currentReady);
  }
  const current = check.currentReady;
  if (current) {
    const pods = d.pods.byIndex(POD_NODE_NAME_INDEX, name);
    processTaintBaseEviction(d, s, node, check.observedReady, nowMs);
    const becameNotReady = current.status !== 'True' && check.observedReady.status === 'True';
    // Report the node event only once, when the status changed.
    if (becameNotReady) recordNodeStatusChange(d.recorder, node, 'NodeNotReady');
    if (becameNotReady || (s.nodesToRetry.has(name) && check.observedReady.status !== 'True')) {
      if (markPodsNotReady(d.client, d.recorder, pods, name, nowMs).length > 0) { s.nodesToRetry.add(name); return; }
    }
  }
  s.nodesToRetry.delete(name);
}

/** tryUpdateNodeHealth under wait.PollImmediate: a failed write is retried on a fresh GET. */
function checkWithRetry(d: MonitorDeps, s: LifecycleState, start: Node, nowMs: number): HealthCheck | undefined {
  let node = start;
  const name = nameOf(node);
  for (let attempt = 0; attempt < NODE_HEALTH_UPDATE_RETRY; attempt++) {
    const check = checkNodeHealth(node, d.leases.get('kube-node-lease', name), s.health.get(name), nowMs, s.config);
    s.health.set(name, check.health);
    if (!check.write) return check;
    try {
      d.client.updateStatus('nodes', check.write);
      if (check.healthAfterWrite) s.health.set(name, check.healthAfterWrite);
      return check;
    } catch {
      try { node = d.client.get<Node>('nodes', undefined, name); } catch { return undefined; }
    }
  }
  return undefined;
}

function processTaintBaseEviction(d: MonitorDeps, s: LifecycleState, node: Node, observed: NodeCondition, nowMs: number): void {
  switch (observed.status) {
    case 'False':
      // Already tainted unreachable: swap straight away, no rate limit.
      if (taintExists(node.spec?.taints, UNREACHABLE_TAINT)) swapNodeControllerTaint(d.client, nowMs, [NOT_READY_TAINT], [UNREACHABLE_TAINT], node);
      else s.tainter.markNodeForTainting(node, 'False');
      return;
    case 'Unknown':
      if (taintExists(node.spec?.taints, NOT_READY_TAINT)) swapNodeControllerTaint(d.client, nowMs, [UNREACHABLE_TAINT], [NOT_READY_TAINT], node);
      else s.tainter.markNodeForTainting(node, 'Unknown');
      return;
    case 'True':
      try { s.tainter.markNodeAsReachable(node); } catch { /* "Will retry in next iteration" */ }
  }
}
