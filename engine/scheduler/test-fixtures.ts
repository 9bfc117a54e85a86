// Builders for nodes and pods used by the scheduler's unit tests (not used by the engine itself).
// Keeps tests to the fields that matter: resources, labels, taints, priority, ports, images.
import type { Container, Node, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';

export interface NodeSpecLite {
  cpu?: string; memory?: string; pods?: number; ephemeral?: string; extended?: Record<string, string>;
  labels?: Record<string, string>; taints?: Taint[]; unschedulable?: boolean;
  images?: Array<{ names: string[]; sizeBytes: number }>;
}

export function makeNode(name: string, s: NodeSpecLite = {}): Node {
  const allocatable: Record<string, string> = {
    cpu: s.cpu ?? '4', memory: s.memory ?? '8Gi', pods: String(s.pods ?? 110), ...(s.extended ?? {}),
  };
  if (s.ephemeral) allocatable['ephemeral-storage'] = s.ephemeral;
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...(s.labels ?? {}) } },
    spec: { ...(s.taints ? { taints: s.taints } : {}), ...(s.unschedulable ? { unschedulable: true } : {}) },
    status: { allocatable, capacity: allocatable, ...(s.images ? { images: s.images } : {}) },
  };
}

export interface PodSpecLite {
  cpu?: string; memory?: string; ephemeral?: string; extended?: Record<string, string>;
  priority?: number; nodeName?: string; namespace?: string; labels?: Record<string, string>;
  tolerations?: Toleration[]; nodeSelector?: Record<string, string>; affinity?: NonNullable<Pod['spec']>['affinity'];
  hostPort?: number; image?: string; preemptionPolicy?: 'Never' | 'PreemptLowerPriority'; startTime?: string;
  containers?: Container[];
}

export function makePod(name: string, s: PodSpecLite = {}): Pod {
  const requests: Record<string, string> = { ...(s.extended ?? {}) };
  if (s.cpu) requests['cpu'] = s.cpu;
  if (s.memory) requests['memory'] = s.memory;
  if (s.ephemeral) requests['ephemeral-storage'] = s.ephemeral;
  const container: Container = {
    name: 'app', image: s.image ?? 'nginx:1.25',
    ...(Object.keys(requests).length > 0 ? { resources: { requests } } : {}),
    ...(s.hostPort ? { ports: [{ containerPort: 80, hostPort: s.hostPort }] } : {}),
  };
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: s.namespace ?? 'default', uid: `uid-${name}`, ...(s.labels ? { labels: s.labels } : {}) },
    spec: {
      containers: s.containers ?? [container],
      ...(s.priority !== undefined ? { priority: s.priority } : {}),
      ...(s.nodeName ? { nodeName: s.nodeName } : {}),
      ...(s.tolerations ? { tolerations: s.tolerations } : {}),
      ...(s.nodeSelector ? { nodeSelector: s.nodeSelector } : {}),
      ...(s.affinity ? { affinity: s.affinity } : {}),
      ...(s.preemptionPolicy ? { preemptionPolicy: s.preemptionPolicy } : {}),
    },
    status: { ...(s.startTime ? { startTime: s.startTime } : {}) },
  };
}
