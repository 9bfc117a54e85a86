// The Endpoints object a Service should have (pkg/controller/endpoint/endpoints_controller.go →
// syncService, addEndpointSubset; pkg/api/v1/endpoints/util.go → RepackSubsets): ready pods in
// `addresses`, not-ready in `notReadyAddresses` (all in `addresses` with
// publishNotReadyAddresses), grouped into subsets by identical resolved port lists.
// Deterministic order: addresses by IP then pod name, ports by name then number (upstream
// sorts ports by a struct hash, which cannot be reproduced).
import type { EndpointAddress, EndpointPort, EndpointSubset, Pod, Service } from 'kubernetes-types/core/v1';
import { endpointHostname, isPodReady, resolveTargetPort, shouldPodBeInEndpoints } from './service-pods.ts';

const ipKey = (ip: string): string => ip.split('.').map((o) => o.padStart(3, '0')).join('.');
const byAddress = (a: EndpointAddress, b: EndpointAddress): number =>
  ipKey(a.ip).localeCompare(ipKey(b.ip)) || (a.targetRef?.name ?? '').localeCompare(b.targetRef?.name ?? '');

function address(pod: Pod, service: Service): EndpointAddress {
  const a: EndpointAddress = {
    ip: pod.status?.podIP ?? '',
    targetRef: { kind: 'Pod', namespace: pod.metadata?.namespace ?? 'default', name: pod.metadata?.name ?? '', uid: pod.metadata?.uid ?? '' },
  };
  if (pod.spec?.nodeName) a.nodeName = pod.spec.nodeName;
  const hostname = endpointHostname(pod, service);
  if (hostname) a.hostname = hostname;
  return a;
}

function portsFor(pod: Pod, service: Service): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of service.spec?.ports ?? []) {
    const port = resolveTargetPort(pod, sp);
    if (port === undefined) continue;
    const ep: EndpointPort = { port, protocol: sp.protocol ?? 'TCP' };
    if (sp.name) ep.name = sp.name;
    if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
    out.push(ep);
  }
  return out.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.port - b.port);
}

export function desiredSubsets(service: Service, pods: readonly Pod[]): EndpointSubset[] {
  const publishNotReady = service.spec?.publishNotReadyAddresses === true;
  const headlessWithoutPorts = service.spec?.clusterIP === 'None' && (service.spec.ports ?? []).length === 0;
  const groups = new Map<string, { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }>();
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, publishNotReady)) continue;
    const ports = headlessWithoutPorts ? [] : portsFor(pod, service);
    if (!headlessWithoutPorts && ports.length === 0) continue;
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, ready: [], notReady: [] }));
    (publishNotReady || isPodReady(pod) ? g.ready : g.notReady).push(address(pod, service));
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => {
    const subset: EndpointSubset = {};
    if (g.ready.length > 0) subset.addresses = g.ready.sort(byAddress);
    if (g.notReady.length > 0) subset.notReadyAddresses = g.notReady.sort(byAddress);
    if (g.ports.length > 0) subset.ports = g.ports;
    return subset;
  });
}
