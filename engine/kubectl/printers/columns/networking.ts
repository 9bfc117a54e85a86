// Tables of services, endpoints, endpointslices and ingresses.
// Models pkg/printers/internalversion/printers.go → printService (getServiceExternalIP,
// makePortString, loadBalancerStatusStringer), printEndpoints (formatEndpoints: first 3 then
// "+ N more..."), printEndpointSlice (formatDiscoveryPorts/Endpoints, listWithMoreString) and
// printIngress (formatHosts, formatPorts, ingressLoadBalancerStatusStringer).
// Left out: IPv6 bracket quoting in endpoint host:port (net.JoinHostPort) beyond a ':' check.
import type { EndpointPort, Endpoint as SliceEndpoint, EndpointSlice } from 'kubernetes-types/discovery/v1.js';
import type { Endpoints, LoadBalancerStatus, Service, ServicePort } from 'kubernetes-types/core/v1.js';
import type { Ingress, IngressLoadBalancerStatus, IngressRule, IngressTLS } from 'kubernetes-types/networking/v1.js';
import { formatLabels } from '../labels.ts';
import { as } from '../object-like.ts';
import { AGE, NAME, type TableHandler } from '../table-handler.ts';
import { timestampSince } from '../timestamp.ts';

const LOAD_BALANCER_WIDTH = 16;

function joinWithLimit(list: string[], wide: boolean): string {
  const r = list.join(',');
  return !wide && r.length > LOAD_BALANCER_WIDTH ? `${r.slice(0, LOAD_BALANCER_WIDTH - 3)}...` : r;
}

/** loadBalancerStatusStringer: ingress IPs (or hostnames), truncated to 16 characters unless wide. */
function loadBalancerText(s: LoadBalancerStatus | IngressLoadBalancerStatus | undefined, wide: boolean): string {
  const list = (s?.ingress ?? []).map((i) => i.ip || i.hostname || '').filter((x) => x !== '');
  return joinWithLimit(list, wide);
}

function serviceExternalIP(svc: Service, wide: boolean): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerText(svc.status?.loadBalancer, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** makePortString: "80/TCP", "80:30080/TCP", joined by ",". */
export function makePortString(ports: ServicePort[] | undefined): string {
  return (ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
}

export const servicesTable: TableHandler = {
  kind: 'Service',
  columns: [NAME, { name: 'Type' }, { name: 'Cluster-IP' }, { name: 'External-IP' }, { name: 'Port(s)' }, AGE,
    { name: 'Selector', priority: 1 }],
  row(obj, ctx) {
    const svc = as<Service>(obj);
    return [svc.metadata?.name ?? '', svc.spec?.type ?? '', svc.spec?.clusterIPs?.[0] ?? '<none>',
      serviceExternalIP(svc, ctx.wide), makePortString(svc.spec?.ports) || '<none>',
      timestampSince(svc.metadata?.creationTimestamp, ctx.nowMs), formatLabels(svc.spec?.selector)];
  },
};

const hostPort = (ip: string, port: number): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** formatEndpoints(endpoints, nil). */
export function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) { if (list.length === max) { more = true; break; } list.push(a.ip); }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) { if (list.length === max) { more = true; break; } list.push(hostPort(a.ip, port.port)); }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export const endpointsTable: TableHandler = {
  kind: 'Endpoints',
  columns: [NAME, { name: 'Endpoints' }, AGE],
  row(obj, ctx) {
    const ep = as<Endpoints>(obj);
    return [ep.metadata?.name ?? '', formatEndpoints(ep), timestampSince(ep.metadata?.creationTimestamp, ctx.nowMs)];
  },
};

function listWithMoreString(list: string[], more: boolean, count: number, max: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret === '' ? '<unset>' : ret;
}

function firstThree(values: string[]): string {
  return listWithMoreString(values.slice(0, 3), values.length > 3, values.length, 3);
}

const slicePorts = (ports: EndpointPort[] | undefined): string =>
  firstThree((ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : p.name ?? '*')));
const sliceEndpoints = (endpoints: SliceEndpoint[]): string => firstThree(endpoints.flatMap((e) => e.addresses));

export const endpointSlicesTable: TableHandler = {
  kind: 'EndpointSlice',
  columns: [NAME, { name: 'AddressType' }, { name: 'Ports' }, { name: 'Endpoints' }, AGE],
  row(obj, ctx) {
    const es = as<EndpointSlice>(obj);
    return [es.metadata?.name ?? '', es.addressType, slicePorts(es.ports), sliceEndpoints(es.endpoints ?? []),
      timestampSince(es.metadata?.creationTimestamp, ctx.nowMs)];
  },
};

/** formatHosts: up to 3 rule hosts, then "+ N more..." (N counts all remaining rules), "*" when none. */
function formatHosts(rules: IngressRule[] | undefined): string {
  const list: string[] = [];
  let more = false;
  for (const rule of rules ?? []) {
    if (list.length === 3) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (list.length === 0) return '*';
  return more ? `${list.join(',')} + ${(rules ?? []).length - 3} more...` : list.join(',');
}

const formatIngressPorts = (tls: IngressTLS[] | undefined): string => ((tls ?? []).length > 0 ? '80, 443' : '80');

export const ingressesTable: TableHandler = {
  kind: 'Ingress',
  columns: [NAME, { name: 'Class' }, { name: 'Hosts' }, { name: 'Address' }, { name: 'Ports' }, AGE],
  row(obj, ctx) {
    const ing = as<Ingress>(obj);
    return [ing.metadata?.name ?? '', ing.spec?.ingressClassName ?? '<none>', formatHosts(ing.spec?.rules),
      loadBalancerText(ing.status?.loadBalancer, ctx.wide), formatIngressPorts(ing.spec?.tls),
      timestampSince(ing.metadata?.creationTimestamp, ctx.nowMs)];
  },
};
