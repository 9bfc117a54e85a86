// Finding a pod, its container status and the kubelet that runs it, for the pod-health steps.
// Pods are looked up in the `default` namespace; failures name what exists instead.
import type { ContainerStatus, Event, Pod } from 'kubernetes-types/core/v1';
import type { Kubelet } from '../../engine/kubelet/kubelet.ts';
import type { KubespecWorld } from './world.ts';

export const NAMESPACE = 'default';

export function getPod(world: KubespecWorld, name: string): Pod {
  return world.cluster.client.get<Pod>('pods', NAMESPACE, name);
}

export function containerStatusOf(world: KubespecWorld, pod: string, container: string): ContainerStatus {
  const p = getPod(world, pod);
  const all = [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])];
  const s = all.find((c) => c.name === container);
  if (!s) throw new Error(`pod "${pod}" has no status for container "${container}" (has: ${all.map((c) => c.name).join(', ') || 'none'})`);
  return s;
}

export function kubeletOf(world: KubespecWorld, pod: string): Kubelet {
  const node = getPod(world, pod).spec?.nodeName;
  const k = node === undefined ? undefined : world.cluster.kubelet(node);
  if (!k) throw new Error(`pod "${pod}" is not bound to a node yet`);
  return k;
}

/** Every kubelet of the cluster, from the Node list. */
export function allKubelets(world: KubespecWorld): Kubelet[] {
  const nodes = world.cluster.client.list<{ metadata: { name?: string } }>('nodes', {}).items;
  return nodes.map((n) => world.cluster.kubelet(n.metadata.name ?? '')).filter((k): k is Kubelet => k !== undefined);
}

/** `Reason: message` of the pod's events (and its containers'), oldest first. */
export function podEvents(world: KubespecWorld, pod: string): string[] {
  const events = world.cluster.client.list<Event>('events', { namespace: NAMESPACE }).items
    .filter((e) => e.involvedObject.kind === 'Pod' && e.involvedObject.name === pod);
  // Exec probe output keeps its trailing newline in the Event; compare without it, as describe shows it.
  return events.map((e) => `${e.reason ?? ''}: ${(e.message ?? '').replace(/\n$/, "")}`);
}

/** The container's state kind and reason: `running`, `waiting CrashLoopBackOff`, `terminated Completed`. */
export function stateOf(s: ContainerStatus): string {
  if (s.state?.running) return 'running';
  if (s.state?.waiting) return `waiting ${s.state.waiting.reason ?? ''}`.trim();
  if (s.state?.terminated) return `terminated ${s.state.terminated.reason ?? ''}`.trim();
  return 'unknown';
}
