// What the EndpointSlice mirroring controller writes for one custom Endpoints object
// (pkg/controller/endpointslicemirroring/reconciler.go → reconcile, utils.go → addressToEndpoint,
// newEndpointSlice): one slice per subset, `addresses` ready and `notReadyAddresses` not ready,
// ports copied, labels = the Endpoints' labels plus service-name and managed-by.
// Leaves out IPv6 (every address is IPv4), the 1000-address cap per subset and slice reuse by
// content hashing (slices are matched to subsets in order, like the endpointslice controller here).
import type { EndpointAddress, Endpoints } from 'kubernetes-types/core/v1';
import type { Endpoint, EndpointPort } from 'kubernetes-types/discovery/v1';

export const SERVICE_NAME = 'kubernetes.io/service-name';
export const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
export const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';
export const SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';

export interface MirroredSlice {
  ports: EndpointPort[];
  endpoints: Endpoint[];
}

/** endpointslicemirroring_controller.go → shouldMirror: not labelled skip-mirror=true. */
export function shouldMirror(ep: Endpoints): boolean {
  return ep.metadata?.labels?.[SKIP_MIRROR] !== 'true';
}

/** utils.go → addressToEndpoint. */
function toEndpoint(a: EndpointAddress, ready: boolean): Endpoint {
  const e: Endpoint = { addresses: [a.ip], conditions: { ready } };
  if (a.hostname) e.hostname = a.hostname;
  if (a.nodeName) e.nodeName = a.nodeName;
  if (a.targetRef) e.targetRef = a.targetRef;
  return e;
}

export function mirroredSlices(ep: Endpoints): MirroredSlice[] {
  return (ep.subsets ?? []).map((s) => ({
    ports: (s.ports ?? []).map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP', ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}) })),
    endpoints: [...(s.addresses ?? []).map((a) => toEndpoint(a, true)), ...(s.notReadyAddresses ?? []).map((a) => toEndpoint(a, false))],
  })).filter((s) => s.endpoints.length > 0);
}

/** The labels of a mirrored slice (utils.go → newEndpointSlice, cloneAndRemoveKeys). */
export function mirroredLabels(ep: Endpoints, serviceName: string): Record<string, string> {
  const labels: Record<string, string> = { ...ep.metadata?.labels };
  delete labels[SKIP_MIRROR];
  return { ...labels, [SERVICE_NAME]: serviceName, [MANAGED_BY]: MIRRORING_CONTROLLER };
}
