// Cluster DNS as CoreDNS's kubernetes plugin answers it
// (https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/): services
// `<svc>.<ns>.svc.cluster.local` → ClusterIP, headless → ready endpoint IPs, ExternalName → CNAME,
// `<hostname>.<svc>.<ns>.svc.cluster.local` → that endpoint; short names go through a pod's
// search path (`<ns>.svc.cluster.local svc.cluster.local cluster.local`, ndots 5).
// Leaves out SRV and PTR records and pod A records (`1-2-3-4.ns.pod`).
import type { Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';

export const CLUSTER_DOMAIN = 'cluster.local';

export type DnsAnswer =
  | { kind: 'A'; name: string; addresses: string[] }
  | { kind: 'CNAME'; name: string; target: string }
  | { kind: 'NXDOMAIN'; name: string };

export interface DnsView {
  service(namespace: string, name: string): Service | undefined;
  slices(namespace: string, service: string): EndpointSlice[];
}

export function searchPath(namespace: string): string[] {
  return [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
}

/** Resolves as a pod in `namespace` would (resolv.conf search path, ndots 5). */
export function resolve(view: DnsView, query: string, namespace: string): DnsAnswer {
  const name = query.replace(/\.$/, '');
  const candidates = query.endsWith('.') || name.split('.').length - 1 >= 5
    ? [name] : [...searchPath(namespace).map((s) => `${name}.${s}`), name];
  for (const fqdn of candidates) {
    const answer = lookup(view, fqdn);
    if (answer.kind !== 'NXDOMAIN') return answer;
  }
  return { kind: 'NXDOMAIN', name };
}

function readyAddresses(view: DnsView, namespace: string, service: string, hostname?: string): string[] {
  const out: string[] = [];
  for (const slice of view.slices(namespace, service)) {
    for (const ep of slice.endpoints ?? []) {
      if (ep.conditions?.ready === false) continue;
      if (hostname !== undefined && ep.hostname !== hostname) continue;
      out.push(...ep.addresses);
    }
  }
  return out.sort();
}

function lookup(view: DnsView, fqdn: string): DnsAnswer {
  const suffix = `.svc.${CLUSTER_DOMAIN}`;
  if (!fqdn.endsWith(suffix)) return { kind: 'NXDOMAIN', name: fqdn };
  const labels = fqdn.slice(0, -suffix.length).split('.');
  if (labels.length === 2) {
    const [svcName = '', ns = ''] = labels;
    const svc = view.service(ns, svcName);
    if (!svc) return { kind: 'NXDOMAIN', name: fqdn };
    if (svc.spec?.type === 'ExternalName') return { kind: 'CNAME', name: fqdn, target: svc.spec.externalName ?? '' };
    if (svc.spec?.clusterIP === 'None') {
      const ips = readyAddresses(view, ns, svcName);
      return ips.length > 0 ? { kind: 'A', name: fqdn, addresses: ips } : { kind: 'NXDOMAIN', name: fqdn };
    }
    return { kind: 'A', name: fqdn, addresses: [svc.spec?.clusterIP ?? ''] };
  }
  if (labels.length === 3) {
    const [host = '', svcName = '', ns = ''] = labels;
    const svc = view.service(ns, svcName);
    const ips = svc?.spec?.clusterIP === 'None' ? readyAddresses(view, ns, svcName, host) : [];
    return ips.length > 0 ? { kind: 'A', name: fqdn, addresses: ips } : { kind: 'NXDOMAIN', name: fqdn };
  }
  return { kind: 'NXDOMAIN', name: fqdn };
}
