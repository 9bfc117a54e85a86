// The Node object a kubelet registers for itself (pkg/kubelet/kubelet_node_status.go →
// initialNodeStatus, registerWithAPIServer): capacity and allocatable, the well-known labels,
// addresses, node info and the Ready condition (`kubelet is posting ready status`).
// The node's index picks its podCIDR (10.244.<index>.0/24) and InternalIP (172.18.0.<index+2>),
// the layout kind uses. Leaves out images and volumes.
import type { Node } from 'kubernetes-types/core/v1';
import { formatTimestamp } from '../clock/timestamp.ts';
import { NODE_DEFAULTS, type NodeSpec } from './node-spec.ts';

/** The conditions this kubelet posts (pkg/kubelet/nodestatus/setters.go: memory, disk and PID pressure, Ready). */
export const KUBELET_NODE_CONDITIONS: readonly { type: string; status: string; reason: string; message: string }[] = [
  { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
  { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
  { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
  { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
];

export function nodeObject(spec: NodeSpec, index: number, nowMs: number): Node {
  const capacity: Record<string, string> = {
    cpu: spec.cpu ?? NODE_DEFAULTS.cpu,
    memory: spec.memory ?? NODE_DEFAULTS.memory,
    pods: String(spec.pods ?? NODE_DEFAULTS.pods),
    'ephemeral-storage': spec.ephemeralStorage ?? NODE_DEFAULTS.ephemeralStorage,
    ...spec.extendedResources,
  };
  const now = formatTimestamp(nowMs);
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: {
      name: spec.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': spec.name, 'kubernetes.io/os': 'linux', ...spec.labels,
      },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: {
      podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`],
      ...(spec.taints && spec.taints.length > 0 ? { taints: spec.taints.map((t) => ({ ...t })) } : {}),
    },
    status: {
      capacity, allocatable: { ...capacity },
      addresses: [{ type: 'InternalIP', address: `172.18.0.${index + 2}` }, { type: 'Hostname', address: spec.name }],
      conditions: KUBELET_NODE_CONDITIONS.map((c) => ({ ...c, lastHeartbeatTime: now, lastTransitionTime: now })),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64', bootID: '', containerRuntimeVersion: 'containerd://2.0.3', kernelVersion: '6.8.0',
        kubeProxyVersion: '', kubeletVersion: 'v1.33.0', machineID: '', operatingSystem: 'linux',
        osImage: 'kubespec simulated node', systemUUID: '',
      },
    },
  };
}
