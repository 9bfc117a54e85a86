// What kube-apiserver creates when it starts (pkg/controlplane/controller/kubernetesservice,
// pkg/controlplane/reconcilers): the default namespaces and the `default/kubernetes` Service on
// the first address of the service range, with Endpoints and an EndpointSlice pointing at the
// API server (172.18.0.2:6443, the control-plane address in kind's layout).
import type { Endpoints, Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { KubeObject } from '../apimachinery/object.ts';

export const DEFAULT_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'] as const;
export const API_SERVER_ADDRESS = '172.18.0.2';
export const API_SERVER_PORT = 6443;

export function bootstrapObjects(firstServiceIP: string): [string, KubeObject][] {
  const meta = { name: 'kubernetes', namespace: 'default' };
  const service: Service = {
    apiVersion: 'v1', kind: 'Service',
    metadata: { ...meta, labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { type: 'ClusterIP', clusterIP: firstServiceIP, clusterIPs: [firstServiceIP], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: API_SERVER_PORT }], sessionAffinity: 'None', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' },
  };
  const endpoints: Endpoints = {
    apiVersion: 'v1', kind: 'Endpoints', metadata: { ...meta, labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: API_SERVER_ADDRESS }], ports: [{ name: 'https', port: API_SERVER_PORT, protocol: 'TCP' }] }],
  };
  const slice: EndpointSlice = {
    apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', addressType: 'IPv4',
    metadata: { ...meta, labels: { 'kubernetes.io/service-name': 'kubernetes' } },
    endpoints: [{ addresses: [API_SERVER_ADDRESS], conditions: { ready: true } }],
    ports: [{ name: 'https', port: API_SERVER_PORT, protocol: 'TCP' }],
  };
  return [
    ...DEFAULT_NAMESPACES.map((name): [string, KubeObject] => ['namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } }]),
    ['services', service as unknown as KubeObject], ['endpoints', endpoints as unknown as KubeObject], ['endpointslices', slice as unknown as KubeObject],
  ];
}
