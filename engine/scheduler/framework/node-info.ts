// NodeInfo: one node of the scheduler's snapshot with the pods assigned to it.
// Models: pkg/scheduler/framework/types.go → NodeInfo (AddPod/RemovePod/update, Requested,
// NonZeroRequested, Allocatable, UsedPorts, ImageStates) and calculateResource.
// Leaves out: pods with (anti-)affinity lists, PVC ref counts, the generation counter.
import type { Node, Pod, Taint } from 'kubernetes-types/core/v1';
import { addResource, emptyResource, podRequests, resourceFromList, subtractResource, type Resource } from './resource.ts';

export interface PodInfo {
  pod: Pod;
  /** Actual requests (what NodeResourcesFit filters on). */
  requests: Resource;
  /** Requests with the 100m / 200Mi stand-ins (what LeastAllocated scores on). */
  nonZeroRequests: Resource;
}

/** A host port in use: "protocol/hostIP/port", hostIP "0.0.0.0" meaning every address. */
export interface HostPort { protocol: string; hostIP: string; port: number }

export interface ImageStateSummary { size: number; numNodes: number }

export interface NodeInfo {
  node: Node;
  name: string;
  /** Copied from the node so the hot filter loop reads one monomorphic shape. */
  taints: readonly Taint[];
  unschedulable: boolean;
  pods: PodInfo[];
  allocatable: Resource;
  requested: Resource;
  nonZeroRequested: Resource;
  usedPorts: HostPort[];
  /** Images present on the node (by every name listed in node.status.images), with cluster-wide spread. */
  imageStates: Map<string, ImageStateSummary>;
}

export function newPodInfo(pod: Pod): PodInfo {
  return { pod, requests: podRequests(pod, false), nonZeroRequests: podRequests(pod, true) };
}

export function podHostPorts(pod: Pod): HostPort[] {
  const ports: HostPort[] = [];
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    for (const p of c.ports ?? []) {
      if (!p.hostPort || p.hostPort <= 0) continue;
      ports.push({ protocol: p.protocol ?? 'TCP', hostIP: p.hostIP || '0.0.0.0', port: p.hostPort });
    }
  }
  return ports;
}

export function newNodeInfo(node: Node, pods: readonly Pod[] = []): NodeInfo {
  const info: NodeInfo = {
    node,
    name: node.metadata?.name ?? '',
    taints: node.spec?.taints ?? [],
    unschedulable: node.spec?.unschedulable === true,
    pods: [],
    allocatable: resourceFromList(node.status?.allocatable as Record<string, string> | undefined),
    requested: emptyResource(),
    nonZeroRequested: emptyResource(),
    usedPorts: [],
    imageStates: new Map(),
  };
  for (const pod of pods) addPod(info, pod);
  return info;
}

export function addPod(info: NodeInfo, pod: Pod): PodInfo {
  const podInfo = newPodInfo(pod);
  info.pods.push(podInfo);
  addResource(info.requested, podInfo.requests);
  addResource(info.nonZeroRequested, podInfo.nonZeroRequests);
  info.usedPorts.push(...podHostPorts(pod));
  return podInfo;
}

function podKey(pod: Pod): string {
  return pod.metadata?.uid ?? `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

/** Removes the pod (matched by uid, else namespace/name); false if it was not on the node. */
export function removePod(info: NodeInfo, pod: Pod): boolean {
  const key = podKey(pod);
  const index = info.pods.findIndex((p) => podKey(p.pod) === key);
  if (index < 0) return false;
  const [removed] = info.pods.splice(index, 1);
  if (!removed) return false;
  subtractResource(info.requested, removed.requests);
  subtractResource(info.nonZeroRequested, removed.nonZeroRequests);
  for (const port of podHostPorts(removed.pod)) {
    const at = info.usedPorts.findIndex((u) => u.port === port.port && u.protocol === port.protocol && u.hostIP === port.hostIP);
    if (at >= 0) info.usedPorts.splice(at, 1);
  }
  return true;
}

/** A copy that can be changed (preemption removes victims from it) without touching the original. */
export function cloneNodeInfo(info: NodeInfo): NodeInfo {
  const copy = newNodeInfo(info.node);
  copy.imageStates = info.imageStates;
  for (const p of info.pods) {
    copy.pods.push(p);
    addResource(copy.requested, p.requests);
    addResource(copy.nonZeroRequested, p.nonZeroRequests);
    copy.usedPorts.push(...podHostPorts(p.pod));
  }
  return copy;
}
