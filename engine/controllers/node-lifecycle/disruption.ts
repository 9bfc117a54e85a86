// Zone disruption handling at the end of every monitor pass: node_lifecycle_controller.go →
// handleDisruption. Each zone's new state comes from its nodes' Ready conditions; a zone whose
// state changed gets its tainting rate (setLimiterInZone). When every zone is fully disrupted the
// controller enters "master disruption mode": it removes the NoExecute taints from every node and
// stops all tainting, assuming the control plane, not the nodes, is cut off; when a node is Ready
// again it leaves it, resetting every node's probe timestamp to now so none is tainted at once.
import type { Node, NodeCondition } from 'kubernetes-types/core/v1';
import type { LifecycleState } from './lifecycle-state.ts';
import { computeZoneState, zoneQPS, type ZoneState } from './zone-state.ts';

export function handleDisruption(s: LifecycleState, zoneConditions: ReadonlyMap<string, (NodeCondition | undefined)[]>, nodes: readonly Node[], nowMs: number): void {
  const newStates = new Map<string, ZoneState>();
  let allAreFullyDisrupted = true;
  for (const [zone, conditions] of zoneConditions) {
    const { state } = computeZoneState(conditions, s.config.unhealthyZoneThreshold);
    if (state !== 'FullDisruption') allAreFullyDisrupted = false;
    newStates.set(zone, state);
    if (!s.zoneStates.has(zone)) s.zoneStates.set(zone, 'Initial');
  }
  let allWasFullyDisrupted = true;
  for (const [zone, state] of [...s.zoneStates]) {
    if (!zoneConditions.has(zone)) { s.zoneStates.delete(zone); continue; }
    if (state !== 'FullDisruption') { allWasFullyDisrupted = false; break; }
  }
  if (allAreFullyDisrupted && allWasFullyDisrupted) return;
  if (allAreFullyDisrupted) return enterMasterDisruption(s, nodes);
  if (allWasFullyDisrupted) return exitMasterDisruption(s, zoneConditions, newStates, nodes, nowMs);
  for (const [zone, state] of [...s.zoneStates]) {
    const next = newStates.get(zone) ?? 'Initial';
    if (state === next) continue;
    setLimiterInZone(s, zone, zoneConditions.get(zone)?.length ?? 0, next);
    s.zoneStates.set(zone, next);
  }
}

function enterMasterDisruption(s: LifecycleState, nodes: readonly Node[]): void {
  // "Controller detected that all Nodes are not-Ready. Entering master disruption mode"
  for (const node of nodes) {
    try { s.tainter.markNodeAsReachable(node); } catch { /* "Failed to remove taints from Node": next pass */ }
  }
  for (const zone of s.zoneStates.keys()) s.tainter.swapLimiter(zone, 0);
  for (const zone of s.zoneStates.keys()) s.zoneStates.set(zone, 'FullDisruption');
}

function exitMasterDisruption(s: LifecycleState, zoneConditions: ReadonlyMap<string, unknown[]>, newStates: ReadonlyMap<string, ZoneState>,
  nodes: readonly Node[], nowMs: number): void {
  // "Controller detected that some Nodes are Ready. Exiting master disruption mode"
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    const health = s.health.get(name);
    if (health) s.health.set(name, { ...health, probeTimestampMs: nowMs, readyTransitionTimestampMs: nowMs });
  }
  for (const zone of s.zoneStates.keys()) {
    const next = newStates.get(zone) ?? 'Initial';
    setLimiterInZone(s, zone, zoneConditions.get(zone)?.length ?? 0, next);
    s.zoneStates.set(zone, next);
  }
}

function setLimiterInZone(s: LifecycleState, zone: string, zoneSize: number, state: ZoneState): void {
  const qps = zoneQPS(state, zoneSize, s.config);
  if (qps !== undefined) s.tainter.swapLimiter(zone, qps);
}
