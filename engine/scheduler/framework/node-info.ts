// NodeInfo: one node of the scheduler's snapshot with the pods assigned to it.
// Models: pkg/scheduler/framework/types.go → NodeInfo (SetNode, AddPod/RemovePod/update, Requested,
// NonZeroRequested, Allocatable, UsedPorts, ImageStates) and calculateResource.
// Deviation: the numbers (allocatable, requested, non-zero requested, pod count, node flags) live in
// a row of a NodeTable (node-table.ts) that the hot Filter/Score loops read column by column; a
// standalone NodeInfo (tests, preemption's copies) owns a one-row table. Changed only through here.
// Leaves out: pods with (anti-)affinity lists, PVC ref counts, the generation counter.
import type { Container, Node, Pod, Taint } from 'kubernetes-types/core/v1';
import { NodeTable } from './node-table.ts';
import { emptyResource, podRequests, resourceFromList, type Resource } from './resource.ts';

export interface PodInfo {
  pod: Pod;
  /** uid, else namespace/name: how removePod finds the pod. */
  key: string;
  /** Actual requests (what NodeResourcesFit filters on). */
  requests: Readonly<Resource>;
  /** Requests with the 100m / 200Mi stand-ins (what LeastAllocated scores on). */
  nonZeroRequests: Readonly<Resource>;
  hostPorts: readonly HostPort[];
}

/** A host port in use: "protocol/hostIP/port", hostIP "0.0.0.0" meaning every address. */
export interface HostPort { protocol: string; hostIP: string; port: number }

export interface ImageStateSummary { size: number; numNodes: number }

export interface NodeInfo {
  node: Node;
  name: string;
  taints: readonly Taint[];
  pods: PodInfo[];
  usedPorts: HostPort[];
  /** Images present on the node (by every name listed in node.status.images), with cluster-wide spread. */
  imageStates: Map<string, ImageStateSummary>;
  /** Extended resources (whole units): what the node offers and what its pods request. */
  allocatableScalar: ReadonlyMap<string, number>;
  requestedScalar: Map<string, number>;
  /** Where the numbers live: row `row` of `table`. */
  table: NodeTable;
  row: number;
}

const NO_PORTS: readonly HostPort[] = Object.freeze([]);

/** The host ports of the pod's init containers, then its containers. */
export function podHostPorts(pod: Pod): readonly HostPort[] {
  const ports = containerHostPorts(pod.spec?.initContainers, undefined);
  return containerHostPorts(pod.spec?.containers, ports) ?? NO_PORTS;
}

function containerHostPorts(containers: readonly Container[] | undefined, into: HostPort[] | undefined): HostPort[] | undefined {
  for (const c of containers ?? []) {
    for (const p of c.ports ?? []) {
      if (!p.hostPort || p.hostPort <= 0) continue;
      (into ??= []).push({ protocol: p.protocol ?? 'TCP', hostIP: p.hostIP || '0.0.0.0', port: p.hostPort });
    }
  }
  return into;
}

/**
 * The PodInfo of a pod. A previous version of the same pod whose containers, init containers and
 * overhead are the very same objects (stored objects are frozen) lends its requests and host ports.
 */
export function newPodInfo(pod: Pod, previous?: PodInfo): PodInfo {
  const key = newPodKey(pod);
  const spec = pod.spec;
  const old = previous?.pod.spec;
  if (previous && old && spec && old.containers === spec.containers && old.initContainers === spec.initContainers && old.overhead === spec.overhead) {
    return { pod, key, requests: previous.requests, nonZeroRequests: previous.nonZeroRequests, hostPorts: previous.hostPorts };
  }
  return { pod, key, requests: podRequests(pod, false), nonZeroRequests: podRequests(pod, true), hostPorts: podHostPorts(pod) };
}

/** A NodeInfo in a new row of `table` (its own one-row table by default), with the given pods. */
export function newNodeInfo(node: Node, pods: readonly Pod[] = [], table = new NodeTable(1)): NodeInfo {
  const info: NodeInfo = {
    node, name: '', taints: [], pods: [], usedPorts: [], imageStates: new Map(),
    allocatableScalar: new Map(), requestedScalar: new Map(), table, row: 0,
  };
  info.row = table.appendRow(info);
  setNode(info, node);
  for (const pod of pods) addPod(info, pod);
  return info;
}

/** NodeInfo.SetNode: the node's own properties (allocatable, taints, cordon), keeping its pods. */
export function setNode(info: NodeInfo, node: Node): void {
  const { table: t, row } = info;
  const allocatable = resourceFromList(node.status?.allocatable as Record<string, string> | undefined);
  info.node = node;
  info.name = node.metadata?.name ?? '';
  info.taints = node.spec?.taints ?? [];
  info.allocatableScalar = allocatable.scalar;
  t.setFlag('unschedulable', row, node.spec?.unschedulable === true);
  t.setFlag('hasFilterTaints', row, info.taints.some((x) => x.effect === 'NoSchedule' || x.effect === 'NoExecute'));
  t.setFlag('hasPreferTaints', row, info.taints.some((x) => x.effect === 'PreferNoSchedule'));
  t.allocMilliCPU[row] = allocatable.milliCPU;
  t.allocMemory[row] = allocatable.memory;
  t.allocEphemeralStorage[row] = allocatable.ephemeralStorage;
  t.allowedPodNumber[row] = allocatable.allowedPodNumber;
  t.refreshFree(row);
}

export function setImageStates(info: NodeInfo, states: Map<string, ImageStateSummary>): void {
  info.imageStates = states;
  info.table.setFlag('hasImages', info.row, states.size > 0);
}

export function addPod(info: NodeInfo, pod: Pod, previous?: PodInfo): PodInfo {
  const podInfo = newPodInfo(pod, previous);
  addPodInfo(info, podInfo);
  return podInfo;
}

export function addPodInfo(info: NodeInfo, podInfo: PodInfo): void {
  info.pods.push(podInfo);
  account(info, podInfo, 1);
  if (podInfo.hostPorts.length > 0) info.usedPorts.push(...podInfo.hostPorts);
}

/** Removes the pod (matched by uid, else namespace/name); returns its PodInfo, undefined if it was not on the node. */
export function removePod(info: NodeInfo, pod: Pod): PodInfo | undefined {
  const key = newPodKey(pod);
  // A plain loop: this runs on every status write of every bound pod (no closure, no spliced array).
  const pods = info.pods;
  let index = 0;
  while (index < pods.length && pods[index]!.key !== key) index++;
  if (index === pods.length) return undefined;
  const removed = pods[index]!;
  for (let i = index + 1; i < pods.length; i++) pods[i - 1] = pods[i]!;
  pods.length--;
  account(info, removed, -1);
  for (const port of removed.hostPorts) {
    const at = info.usedPorts.findIndex((u) => u.port === port.port && u.protocol === port.protocol && u.hostIP === port.hostIP);
    if (at >= 0) info.usedPorts.splice(at, 1);
  }
  return removed;
}

function newPodKey(pod: Pod): string {
  return pod.metadata?.uid ?? `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

/** Adds (sign 1) or subtracts (sign −1) a pod's requests; whole numbers, so the sums are exact. */
function account(info: NodeInfo, p: PodInfo, sign: 1 | -1): void {
  const { table: t, row } = info;
  t.podCount[row]! += sign;
  t.reqMilliCPU[row]! += sign * p.requests.milliCPU;
  t.reqMemory[row]! += sign * p.requests.memory;
  t.reqEphemeralStorage[row]! += sign * p.requests.ephemeralStorage;
  t.nonZeroMilliCPU[row]! += sign * p.nonZeroRequests.milliCPU;
  t.nonZeroMemory[row]! += sign * p.nonZeroRequests.memory;
  t.refreshFree(row);
  for (const [name, v] of p.requests.scalar) info.requestedScalar.set(name, (info.requestedScalar.get(name) ?? 0) + sign * v);
}

/** A copy that can be changed (preemption removes victims from it) without touching the original. */
export function cloneNodeInfo(info: NodeInfo): NodeInfo {
  const table = new NodeTable(1);
  const copy: NodeInfo = {
    ...info, pods: [...info.pods], usedPorts: [...info.usedPorts], requestedScalar: new Map(info.requestedScalar), table, row: 0,
  };
  table.appendRow(copy);
  table.copyRow(info.table, info.row, 0);
  return copy;
}

/** NodeInfo.Allocatable as a Resource (for tests and messages; the plugins read the table). */
export function allocatableOf(info: NodeInfo): Resource {
  const { table: t, row } = info;
  return {
    milliCPU: t.allocMilliCPU[row] ?? 0, memory: t.allocMemory[row] ?? 0, ephemeralStorage: t.allocEphemeralStorage[row] ?? 0,
    allowedPodNumber: t.allowedPodNumber[row] ?? 0, scalar: new Map(info.allocatableScalar),
  };
}

/** NodeInfo.Requested as a Resource (for tests and messages). */
export function requestedOf(info: NodeInfo): Resource {
  const { table: t, row } = info;
  return {
    ...emptyResource(), milliCPU: t.reqMilliCPU[row] ?? 0, memory: t.reqMemory[row] ?? 0,
    ephemeralStorage: t.reqEphemeralStorage[row] ?? 0, scalar: new Map(info.requestedScalar),
  };
}
