// A simulated kube-proxy: turns a request for a Service address — ClusterIP:port, any node's
// IP:NodePort, a load-balancer ingress IP:port, or a DNS name — into a connection to one ready
// endpoint, then dials it on the pod network. It knows Services and EndpointSlices only from
// its informers, so it routes by what kube-proxy has observed, lagging the API as kube-proxy
// does. No ready endpoint → "connection refused", as kube-proxy's REJECT rules answer.
import type { Node, Pod, Service, ServicePort } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { ControllerContext } from '../controllers/runner/controller.ts';
import type { NetworkResponse } from '../network/pod-network.ts';
import { resolve, type DnsAnswer, type DnsView } from './dns.ts';
import { EndpointPicker, usableEndpoints, type BalancingMode } from './endpoint-selection.ts';

export interface ProxyRequest {
  /** `web`, `web.default.svc.cluster.local`, `10.96.4.2:80`, `172.18.0.3:30080`, optionally `http://...`. */
  target: string;
  path?: string;
  /** Source pod (namespace/name or name in default); outside the cluster when absent. */
  fromPod?: string;
}

export const OUTSIDE_CLIENT_IP = '192.0.2.10';

export class ServiceProxy {
  private readonly services;
  private readonly slices;
  private readonly nodes;
  private readonly pods;
  private readonly picker: EndpointPicker;

  constructor(private readonly ctx: ControllerContext, mode: BalancingMode = 'random') {
    this.services = ctx.informers.informer<Service>('services');
    this.slices = ctx.informers.informer<EndpointSlice>('endpointslices');
    this.nodes = ctx.informers.informer<Node>('nodes');
    this.pods = ctx.informers.informer<Pod>('pods');
    this.picker = new EndpointPicker(ctx.random.fork('endpoint-picker'), mode);
  }

  readonly dnsView: DnsView = {
    service: (ns, name) => this.services.get(ns, name),
    slices: (ns, svc) => this.slices.list(ns, (s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc),
  };

  resolve(name: string, fromPod?: string): DnsAnswer {
    return resolve(this.dnsView, name, this.source(fromPod).namespace);
  }

  request(req: ProxyRequest): NetworkResponse {
    const source = this.source(req.fromPod);
    const target = req.target.replace(/^https?:\/\//, '');
    const [hostPort = '', ...pathParts] = target.split('/');
    const path = req.path ?? (pathParts.length > 0 ? `/${pathParts.join('/')}` : '/');
    const [host = '', portText] = hostPort.split(':');
    const port = portText !== undefined ? Number(portText) : undefined;
    let ip = host;
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
      const node = this.nodes.get(undefined, host);
      const answer = node ? undefined : this.resolve(host, req.fromPod);
      if (node) ip = nodeIP(node);
      else if (answer?.kind === 'A') ip = answer.addresses[0] ?? '';
      else if (answer?.kind === 'CNAME') return { kind: 'refused', reason: `dial tcp: lookup ${answer.target}: no such host (CNAME of ${answer.name})` };
      else return { kind: 'refused', reason: `dial tcp: lookup ${host}: no such host` };
    }
    return this.route(ip, port, path, source);
  }

  private route(ip: string, port: number | undefined, path: string, source: { ip: string; node: string | undefined }): NetworkResponse {
    const byClusterIP = this.services.list().find((s) => s.spec?.clusterIP === ip || s.status?.loadBalancer?.ingress?.some((i) => i.ip === ip));
    if (byClusterIP) {
      const sp = port === undefined ? byClusterIP.spec?.ports?.[0] : byClusterIP.spec?.ports?.find((p) => p.port === port);
      if (!sp) return refused(ip, port ?? 0);
      const external = byClusterIP.spec?.clusterIP !== ip;
      const local = external ? byClusterIP.spec?.externalTrafficPolicy === 'Local' : byClusterIP.spec?.internalTrafficPolicy === 'Local';
      return this.forward(byClusterIP, sp, ip, local ? source.node : undefined, path, source.ip);
    }
    const node = this.nodes.list().find((n) => nodeIP(n) === ip);
    if (node && port !== undefined) {
      for (const svc of this.services.list()) {
        const sp = svc.spec?.ports?.find((p) => p.nodePort === port);
        if (sp) return this.forward(svc, sp, ip, svc.spec?.externalTrafficPolicy === 'Local' ? node.metadata.name : undefined, path, source.ip);
      }
      return refused(ip, port);
    }
    if (port === undefined) return refused(ip, 80);
    return this.ctx.network.dial(ip, { port, protocol: 'TCP', path, from: source.ip });
  }

  private forward(svc: Service, sp: ServicePort, dialedIP: string, localNode: string | undefined, path: string, clientIP: string): NetworkResponse {
    const all = this.slices.list(svc.metadata?.namespace, (s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata?.name)
      .flatMap((s) => {
        const port = s.ports?.find((p) => (p.name ?? '') === (sp.name ?? ''))?.port;
        return port === undefined ? [] : (s.endpoints ?? []).map((endpoint) => ({ endpoint, port }));
      });
    const candidates = usableEndpoints(all, localNode);
    if (candidates.length === 0) return refused(dialedIP, sp.port);
    const chosen = this.picker.pick(svc, candidates, clientIP, this.ctx.clock.nowMs());
    return this.ctx.network.dial(chosen.ip, { port: chosen.port, protocol: 'TCP', path, from: clientIP });
  }

  private source(fromPod: string | undefined): { ip: string; node: string | undefined; namespace: string } {
    if (!fromPod) return { ip: OUTSIDE_CLIENT_IP, node: undefined, namespace: 'default' };
    const [ns, name] = fromPod.includes('/') ? fromPod.split('/') as [string, string] : ['default', fromPod];
    const pod = this.pods.get(ns, name);
    if (!pod) throw new Error(`pods "${name}" not found`);
    return { ip: pod.status?.podIP ?? '', node: pod.spec?.nodeName, namespace: ns };
  }
}

function nodeIP(node: Node): string {
  return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '';
}

function refused(ip: string, port: number): NetworkResponse {
  return { kind: 'refused', reason: `dial tcp ${ip}:${port}: connect: connection refused` };
}
