// Zones and their health: k8s.io/component-helpers/node/topology → GetZoneKey (region and zone
// from the failure-domain.beta labels, else the topology.kubernetes.io ones; "" when neither, so
// unlabelled nodes share one zone) and node_lifecycle_controller.go → ComputeZoneState (no Ready
// node → FullDisruption; more than 2 not ready and at least unhealthyZoneThreshold of them →
// PartialDisruption; else Normal), ReducedQPSFunc and HealthyQPSFunc (the tainting rate per state).
import type { Node, NodeCondition } from 'kubernetes-types/core/v1';
import type { NodeLifecycleConfig } from './config.ts';

export type ZoneState = 'Initial' | 'Normal' | 'FullDisruption' | 'PartialDisruption';

export function zoneKey(node: Node): string {
  const labels = node.metadata?.labels;
  if (!labels) return '';
  const zone = labels['failure-domain.beta.kubernetes.io/zone'] ?? labels['topology.kubernetes.io/zone'] ?? '';
  const region = labels['failure-domain.beta.kubernetes.io/region'] ?? labels['topology.kubernetes.io/region'] ?? '';
  return region === '' && zone === '' ? '' : `${region}:\u0000:${zone}`;
}

/** The number of not-ready nodes and the zone's state, from its nodes' Ready conditions. */
export function computeZoneState(readyConditions: readonly (NodeCondition | undefined)[], unhealthyZoneThreshold: number): { notReady: number; state: ZoneState } {
  const ready = readyConditions.filter((c) => c?.status === 'True').length;
  const notReady = readyConditions.length - ready;
  if (ready === 0 && notReady > 0) return { notReady, state: 'FullDisruption' };
  // float32 division, as upstream: 0.55 is compared in single precision.
  if (notReady > 2 && Math.fround(notReady / (notReady + ready)) >= Math.fround(unhealthyZoneThreshold)) return { notReady, state: 'PartialDisruption' };
  return { notReady, state: 'Normal' };
}

/** The tainting rate a zone gets in a state (setLimiterInZone). */
export function zoneQPS(state: ZoneState, zoneSize: number, config: NodeLifecycleConfig): number | undefined {
  switch (state) {
    case 'Normal': return config.evictionLimiterQPS;
    case 'PartialDisruption': return zoneSize > config.largeClusterThreshold ? config.secondaryEvictionLimiterQPS : 0;
    case 'FullDisruption': return config.evictionLimiterQPS;
    case 'Initial': return undefined;
  }
}
