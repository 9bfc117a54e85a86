// Shared by the Endpoints and EndpointSlice controllers: which pods a Service selects, which of
// them belong in its endpoints (staging/src/k8s.io/endpointslice/util/controller_utils.go →
// ShouldPodBeInEndpoints), a pod's readiness, and target port resolution
// (pkg/api/v1/pod/util.go → FindPort: a named targetPort resolves per pod through its
// container ports; pods without that port are skipped for it).
import type { Pod, Service, ServicePort } from 'kubernetes-types/core/v1';

export function selects(service: Service, pod: Pod): boolean {
  const selector = service.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return false;
  const labels = pod.metadata?.labels ?? {};
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** Managed endpoints exist only for Services with a selector and not of type ExternalName. */
export function managesEndpoints(service: Service): boolean {
  return service.spec?.type !== 'ExternalName' && Object.keys(service.spec?.selector ?? {}).length > 0;
}

export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return false;
  if (!pod.status?.podIP) return false;
  return includeTerminating || !pod.metadata?.deletionTimestamp;
}

export function isPodReady(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

export function resolveTargetPort(pod: Pod, port: ServicePort): number | undefined {
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = port.protocol ?? 'TCP';
  for (const c of pod.spec?.containers ?? []) {
    for (const cp of c.ports ?? []) if (cp.name === target && (cp.protocol ?? 'TCP') === protocol) return cp.containerPort;
  }
  return undefined;
}

/** Hostname published for a pod: only when its subdomain names this Service. */
export function endpointHostname(pod: Pod, service: Service): string | undefined {
  return pod.spec?.hostname && pod.spec.subdomain === service.metadata?.name ? pod.spec.hostname : undefined;
}
