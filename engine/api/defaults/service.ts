// Service defaults (reference §8.1): sessionAffinity None (ClientIP gets timeoutSeconds 10800),
// type ClusterIP, port protocol TCP, targetPort = port, externalTrafficPolicy Cluster for
// NodePort/LoadBalancer, internalTrafficPolicy Cluster (not for ExternalName),
// allocateLoadBalancerNodePorts true for LoadBalancer. Models pkg/apis/core/v1/defaults.go →
// SetDefaults_Service. IP families, cluster IPs and node ports are allocated by the registry.
import type { Service } from 'kubernetes-types/core/v1';

const DEFAULT_CLIENT_IP_TIMEOUT_SECONDS = 10800;

export function defaultService(svc: Service): void {
  const spec = (svc.spec ??= {});
  spec.sessionAffinity ||= 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds === undefined) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DEFAULT_CLIENT_IP_TIMEOUT_SECONDS } };
  }
  spec.type ||= 'ClusterIP';
  for (const port of spec.ports ?? []) {
    port.protocol ||= 'TCP';
    if (port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '') port.targetPort = port.port;
  }
  const externallyAccessible = spec.type === 'NodePort' || spec.type === 'LoadBalancer' || (spec.externalIPs?.length ?? 0) > 0;
  if (externallyAccessible) spec.externalTrafficPolicy ||= 'Cluster';
  if (['ClusterIP', 'NodePort', 'LoadBalancer'].includes(spec.type)) spec.internalTrafficPolicy ??= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
}
