// The endpoints an EndpointSlice set should hold (staging/src/k8s.io/endpointslice/utils.go →
// podToEndpoint; reconciler.go): terminating pods stay, with conditions ready = serving and not
// terminating (or publishNotReadyAddresses), serving = pod Ready, terminating = deletionTimestamp;
// zone from the node's topology.kubernetes.io/zone label; grouped by identical port lists,
// at most 100 endpoints per slice. Ordering is by IP (upstream order follows its cache).
import type { Endpoint, EndpointPort } from 'kubernetes-types/discovery/v1';
import type { Node, Pod, Service } from 'kubernetes-types/core/v1';
import { endpointHostname, isPodReady, resolveTargetPort, shouldPodBeInEndpoints } from '../endpoints/service-pods.ts';

export const MAX_ENDPOINTS_PER_SLICE = 100;

export interface SliceContent {
  ports: EndpointPort[];
  endpoints: Endpoint[];
}

const ipKey = (ip: string): string => ip.split('.').map((o) => o.padStart(3, '0')).join('.');

export function desiredSlices(service: Service, pods: readonly Pod[], nodeOf: (name: string) => Node | undefined): SliceContent[] {
  const publishNotReady = service.spec?.publishNotReadyAddresses === true;
  const groups = new Map<string, SliceContent>();
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const node = pod.spec?.nodeName ? nodeOf(pod.spec.nodeName) : undefined;
    if (!node && !publishNotReady) continue;
    const ports: EndpointPort[] = [];
    for (const sp of service.spec?.ports ?? []) {
      const port = resolveTargetPort(pod, sp);
      if (port === undefined) continue;
      ports.push({ name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, endpoints: [] }));
    g.endpoints.push(toEndpoint(pod, service, node, publishNotReady));
  }
  const out: SliceContent[] = [];
  for (const [, g] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    g.endpoints.sort((a, b) => ipKey(a.addresses[0] ?? '').localeCompare(ipKey(b.addresses[0] ?? '')));
    for (let i = 0; i < g.endpoints.length || i === 0; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  return out;
}

function toEndpoint(pod: Pod, service: Service, node: Node | undefined, publishNotReady: boolean): Endpoint {
  const serving = isPodReady(pod);
  const terminating = Boolean(pod.metadata?.deletionTimestamp);
  const ep: Endpoint = {
    addresses: [pod.status?.podIP ?? ''],
    conditions: { ready: publishNotReady || (serving && !terminating), serving, terminating },
    targetRef: { kind: 'Pod', namespace: pod.metadata?.namespace ?? 'default', name: pod.metadata?.name ?? '', uid: pod.metadata?.uid ?? '' },
  };
  if (pod.spec?.nodeName) ep.nodeName = pod.spec.nodeName;
  const zone = node?.metadata?.labels?.['topology.kubernetes.io/zone'];
  if (zone) ep.zone = zone;
  const hostname = endpointHostname(pod, service);
  if (hostname) ep.hostname = hostname;
  return ep;
}
