// One node's health as the controller last saw it, and the check of every monitor pass:
// node_lifecycle_controller.go → nodeHealthData and tryUpdateNodeHealth. The probe timestamp is
// the controller's own clock reading when it last saw the Ready condition's heartbeat change or
// the node Lease renewed (so clock skew between kubelet and controller never matters); once now
// is past probe + grace period (the startup grace while the node never posted a Ready condition)
// every kubelet condition becomes Unknown (conditions.ts) and the node is to be written back.
// Pure: the caller performs the status write.
import type { Node, NodeCondition, NodeStatus } from 'kubernetes-types/core/v1';
import { clone, jsonEqual } from '../../apimachinery/object.ts';
import { formatTimestamp, parseTimestamp } from '../../clock/timestamp.ts';
import type { NodeLifecycleConfig } from './config.ts';
import { markConditionsUnknown, nodeCondition } from './conditions.ts';

export interface NodeLease {
  spec?: { renewTime?: string | null };
}

export interface NodeHealthData {
  probeTimestampMs: number;
  readyTransitionTimestampMs: number;
  status: NodeStatus | undefined;
  lease: NodeLease | undefined;
}

export interface HealthCheck {
  /** The Ready condition as the kubelet (or a previous pass) left it. */
  observedReady: NodeCondition;
  /** The Ready condition after this check (Unknown when the grace period ran out). */
  currentReady: NodeCondition | undefined;
  /** What to remember when nothing is written (or the write fails). */
  health: NodeHealthData;
  /** The node with its conditions set Unknown, to write through the status subresource. */
  write?: Node;
  /** What to remember once `write` went through. */
  healthAfterWrite?: NodeHealthData;
}

const renewMs = (lease: NodeLease | undefined): number => parseTimestamp(lease?.spec?.renewTime ?? '') ?? -Infinity;

/**
 * savedLease.Spec.RenewTime.Before(observedLease.Spec.RenewTime). Between two renewals every
 * monitor pass sees the same renewTime text: equal texts are equal times, with nothing to parse.
 */
const renewed = (saved: NodeLease, observed: NodeLease): boolean =>
  saved.spec?.renewTime !== observed.spec?.renewTime && renewMs(saved) < renewMs(observed);

/** What is known of a node that never posted Ready, seen for the first time: dated at its creation. */
const sinceCreation = (status: NodeStatus | undefined, createdMs: number): NodeHealthData =>
  ({ status, probeTimestampMs: createdMs, readyTransitionTimestampMs: createdMs, lease: undefined });

export function checkNodeHealth(node: Node, lease: NodeLease | undefined, saved: NodeHealthData | undefined, nowMs: number, config: NodeLifecycleConfig): HealthCheck {
  const created = node.metadata?.creationTimestamp ?? formatTimestamp(0);
  const reported = nodeCondition(node.status, 'Ready');
  let health = saved && { ...saved };
  let observedReady: NodeCondition;
  let gracePeriodMs: number;
  if (!reported) {
    // The kubelet never posted: a stand-in condition dated at the node's creation.
    observedReady = { type: 'Ready', status: 'Unknown', lastHeartbeatTime: created, lastTransitionTime: created };
    gracePeriodMs = config.nodeStartupGracePeriodMs;
    health = health ? { ...health, status: node.status } : sinceCreation(node.status, parseTimestamp(created) ?? 0);
  } else {
    observedReady = { ...reported };
    gracePeriodMs = config.nodeMonitorGracePeriodMs;
  }
  const savedReady = health ? nodeCondition(health.status, 'Ready') : undefined;
  const savedLease = health?.lease;
  const fresh = (transitionMs: number): NodeHealthData => ({ status: node.status, probeTimestampMs: nowMs, readyTransitionTimestampMs: transitionMs, lease: undefined });
  if (!health) health = fresh(nowMs);
  else if (!savedReady && reported) health = fresh(nowMs);
  else if (savedReady && !reported) health = fresh(nowMs);
  else if (savedReady && reported && savedReady.lastHeartbeatTime !== reported.lastHeartbeatTime) {
    health = fresh(savedReady.lastTransitionTime !== reported.lastTransitionTime ? nowMs : health.readyTransitionTimestampMs);
  }
  // "Always update the probe time if node lease is renewed."
  if (lease && (!savedLease || renewed(savedLease, lease))) health = { ...health, lease, probeTimestampMs: nowMs };
  if (!(nowMs > health.probeTimestampMs + gracePeriodMs)) return { observedReady, currentReady: reported, health };
  const updated: Node = { ...clone(node), status: markConditionsUnknown(node.status ?? {}, created, formatTimestamp(nowMs)) };
  const currentReady = nodeCondition(updated.status, 'Ready');
  if (jsonEqual(currentReady, observedReady)) return { observedReady, currentReady, health };
  const healthAfterWrite: NodeHealthData = { status: updated.status, probeTimestampMs: health.probeTimestampMs, readyTransitionTimestampMs: nowMs, lease };
  return { observedReady, currentReady, health, write: updated, healthAfterWrite };
}
