// `kubectl describe service NAME`, worded and aligned as kubectl 1.32 prints it.
// Models staging/src/k8s.io/kubectl/pkg/describe/describe.go → ServiceDescriber.Describe and
// describeService (IP Family Policy, IP Families, IP, IPs, LoadBalancer Ingress, per-port Port /
// TargetPort / NodePort / Endpoints, buildIngressString with " (VIP)" ipMode, Session Affinity, traffic policies, Events) and
// formatEndpointSlices (ready endpoints as ip:port, the first 3 then "+ N more...", else <none>).
// Left out: External IPs, LoadBalancer Source Ranges, appProtocol.
import type { Service, ServicePort } from 'kubernetes-types/core/v1.js';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1.js';
import type { KubectlContext } from '../kubectl-context.ts';
import { eventsFor } from './describe-deployment.ts';
import { annotationsBlock, labelsBlock, withEvents } from './describe-sections.ts';

const MAX_ENDPOINTS = 3;

/** formatEndpointSlices for one service port name. */
export function formatEndpointSlices(slices: readonly EndpointSlice[], portName: string): string {
  const list: string[] = [];
  let count = 0;
  for (const slice of slices) {
    for (const port of slice.ports ?? []) {
      if ((port.name ?? '') !== portName) continue;
      for (const ep of slice.endpoints) {
        if (ep.conditions?.ready === false) continue;
        for (const address of ep.addresses) {
          count++;
          if (list.length < MAX_ENDPOINTS) list.push(`${address}:${port.port ?? 0}`);
        }
      }
    }
  }
  if (list.length === 0) return '<none>';
  return count > MAX_ENDPOINTS ? `${list.join(',')} + ${count - MAX_ENDPOINTS} more...` : list.join(',');
}

function portBlock(sp: ServicePort, slices: readonly EndpointSlice[]): string {
  const name = sp.name || '<unset>';
  const protocol = sp.protocol ?? 'TCP';
  let text = `Port:\t${name}\t${sp.port}/${protocol}\nTargetPort:\t${String(sp.targetPort ?? sp.port)}/${protocol}\n`;
  if (sp.nodePort) text += `NodePort:\t${name}\t${sp.nodePort}/${protocol}\n`;
  return `${text}Endpoints:\t${formatEndpointSlices(slices, sp.name ?? '')}\n`;
}

export function describeServiceText(svc: Service, slices: readonly EndpointSlice[]): string {
  const spec = svc.spec ?? {};
  const selector = Object.entries(spec.selector ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',');
  let text = `Name:\t${svc.metadata?.name ?? ''}\nNamespace:\t${svc.metadata?.namespace ?? ''}\n`;
  text += labelsBlock('Labels', svc.metadata?.labels) + annotationsBlock('Annotations', svc.metadata?.annotations);
  text += `Selector:\t${selector || '<none>'}\nType:\t${spec.type ?? 'ClusterIP'}\n`;
  if (spec.ipFamilyPolicy) text += `IP Family Policy:\t${spec.ipFamilyPolicy}\n`;
  text += `IP Families:\t${(spec.ipFamilies ?? []).join(',') || '<none>'}\n`;
  text += `IP:\t${spec.clusterIP ?? ''}\n`;
  if ((spec.clusterIPs ?? []).length > 0) text += `IPs:\t${(spec.clusterIPs ?? []).join(',')}\n`;
  if (spec.loadBalancerIP) text += `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`;
  if (spec.externalName) text += `External Name:\t${spec.externalName}\n`;
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0) text += `LoadBalancer Ingress:\t${ingress.map((i) => `${i.ip || i.hostname || ''}${i.ipMode ? ` (${i.ipMode})` : ''}`).join(', ')}\n`;
  for (const sp of spec.ports ?? []) text += portBlock(sp, slices);
  text += `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`;
  if (spec.externalTrafficPolicy) text += `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`;
  if (spec.internalTrafficPolicy) text += `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`;
  if (spec.healthCheckNodePort) text += `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`;
  return text;
}

export function describeService(ctx: KubectlContext, svc: Service): string {
  const ns = svc.metadata?.namespace ?? 'default';
  const slices = ctx.client.list<EndpointSlice>('endpointslices', { namespace: ns, labelSelector: `kubernetes.io/service-name=${svc.metadata?.name ?? ''}` }).items;
  const text = describeServiceText(svc, slices);
  const events = eventsFor(ctx, svc.metadata?.uid, ns);
  return withEvents(text, events, ctx.nowMs());
}
