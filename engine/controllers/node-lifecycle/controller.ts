// The node lifecycle controller (pkg/controller/nodelifecycle/node_lifecycle_controller.go →
// NewNodeLifecycleController, Run): node add/update events drive the NoSchedule taints
// (doNodeProcessingPassWorker); monitorNodeHealth runs every node-monitor-period as a timer, so a
// healthy cluster at rest stays at rest; a pod newly bound to a node that is not Ready is marked
// not ready (processPod). It writes and records events as "node-controller", the client
// cmd/kube-controller-manager/app/core.go builds for it. Taint-based eviction is the
// taint-eviction-controller's (SeparateTaintEvictionController, on by default since 1.29).
// Leaves out the beta OS/arch label reconciliation (the kubelet already sets both) and metrics.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { metaKey, splitMetaKey } from '../../apimachinery/object.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';
import { addPodNodeNameIndexer } from '../runner/pod-node-name-index.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { DEFAULT_NODE_LIFECYCLE_CONFIG, NODE_CONTROLLER_COMPONENT, type NodeLifecycleConfig } from './config.ts';
import { nodeCondition } from './conditions.ts';
import type { LifecycleState } from './lifecycle-state.ts';
import { monitorNodeHealth, type MonitorDeps } from './monitor.ts';
import type { NodeLease } from './node-health.ts';
import { doNoScheduleTaintingPass } from './no-schedule-taints.ts';
import { NoExecuteTainter } from './no-execute-tainter.ts';
import { markPodsNotReady } from './pod-readiness.ts';

/** kube-controller-manager's node-lifecycle-controller, whose client and events are "node-controller". */
export const nodeLifecycleController: ControllerDefinition = {
  name: NODE_CONTROLLER_COMPONENT,
  start: (ctx) => { startNodeLifecycleController(ctx, DEFAULT_NODE_LIFECYCLE_CONFIG); },
};

export function startNodeLifecycleController(ctx: ControllerContext, config: NodeLifecycleConfig): LifecycleState {
  const nodes = ctx.informers.informer<Node>('nodes');
  const pods = ctx.informers.informer<Pod>('pods');
  addPodNodeNameIndexer(pods);
  const deps: MonitorDeps = {
    client: ctx.client, clock: ctx.clock, nodes, pods,
    leases: ctx.informers.informer<NodeLease>('leases'),
    recorder: ctx.recorder,
  };
  const state: LifecycleState = {
    config, knownNodes: new Map(), health: new Map(), zoneStates: new Map(), nodesToRetry: new Set(),
    tainter: new NoExecuteTainter({ client: ctx.client, clock: ctx.clock, nodes, owner: ctx.name, evictionLimiterQPS: config.evictionLimiterQPS }),
  };
  const nodeQueue = new WorkQueue(ctx, (name) => { doNoScheduleTaintingPass(ctx.client, nodes.get(undefined, name), ctx.clock.nowMs()); });
  nodes.addHandler({ add: (n) => nodeQueue.add(n.metadata.name ?? ''), update: (_o, n) => nodeQueue.add(n.metadata.name ?? '') });
  const podQueue = new WorkQueue(ctx, (key) => processPod(deps, state, podQueue, key));
  const podUpdated = (old: Pod | undefined, pod: Pod): void => {
    if (pod.spec?.nodeName && (!old || old.spec?.nodeName !== pod.spec.nodeName)) podQueue.add(metaKey(pod as Pod & { metadata: object }));
  };
  pods.addHandler({ add: (p) => podUpdated(undefined, p), update: (o, p) => podUpdated(o, p) });
  const monitor = (): void => {
    monitorNodeHealth(deps, state);
    ctx.clock.schedule(config.nodeMonitorPeriodMs, ctx.name, monitor, 'timer');
  };
  ctx.clock.schedule(0, ctx.name, monitor, 'timer');
  return state;
}

/** A pod bound to a node whose last observed Ready condition is not True is marked not ready. */
function processPod(d: MonitorDeps, s: LifecycleState, queue: WorkQueue, key: string): void {
  const { namespace, name } = splitMetaKey(key);
  const pod = d.pods.get(namespace, name);
  if (!pod) return;
  const nodeName = pod.spec?.nodeName ?? '';
  const health = s.health.get(nodeName);
  if (!health) return; // node data not gathered yet, or the node is gone
  if (!d.nodes.get(undefined, nodeName)) { queue.addRateLimited(key); return; }
  const ready = nodeCondition(health.status, 'Ready');
  if (!ready || ready.status === 'True') return;
  if (markPodsNotReady(d.client, d.recorder, [pod], nodeName, d.clock.nowMs()).length > 0) queue.addRateLimited(key);
}
