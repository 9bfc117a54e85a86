// The node lifecycle controller's settings, at kube-controller-manager's 1.33 defaults:
// --node-monitor-period 5s (staging/src/k8s.io/cloud-provider/config/v1alpha1/defaults.go),
// --node-monitor-grace-period 50s since 1.31 and --node-startup-grace-period 60s
// (pkg/controller/nodelifecycle/config/v1alpha1/defaults.go), the eviction rates, cluster-size and
// zone thresholds of cmd/kube-controller-manager/app/options/nodelifecyclecontroller.go, and the
// tainting loop's period and token-bucket burst (pkg/controller/nodelifecycle/scheduler/rate_limited_queue.go).
export interface NodeLifecycleConfig {
  nodeMonitorPeriodMs: number;
  nodeMonitorGracePeriodMs: number;
  nodeStartupGracePeriodMs: number;
  evictionLimiterQPS: number;
  secondaryEvictionLimiterQPS: number;
  largeClusterThreshold: number;
  unhealthyZoneThreshold: number;
}

export const DEFAULT_NODE_LIFECYCLE_CONFIG: Readonly<NodeLifecycleConfig> = {
  nodeMonitorPeriodMs: 5_000,
  nodeMonitorGracePeriodMs: 50_000,
  nodeStartupGracePeriodMs: 60_000,
  evictionLimiterQPS: 0.1,
  secondaryEvictionLimiterQPS: 0.01,
  largeClusterThreshold: 50,
  unhealthyZoneThreshold: 0.55,
};

/** scheduler.NodeEvictionPeriod: how often doNoExecuteTaintingPass runs. */
export const NODE_EVICTION_PERIOD_MS = 100;
/** scheduler.EvictionRateLimiterBurst. */
export const EVICTION_RATE_LIMITER_BURST = 1;
/** scheduler.NodeHealthUpdateRetry: attempts at writing a node's health before giving up this pass. */
export const NODE_HEALTH_UPDATE_RETRY = 5;
/** The controller's client and event source (ClientOrDie("node-controller"), NewNodeLifecycleController). */
export const NODE_CONTROLLER_COMPONENT = 'node-controller';
