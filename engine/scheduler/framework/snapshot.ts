// Snapshot: the NodeInfos a scheduling cycle sees, in a fixed order, with cluster-wide image spread.
// Models: pkg/scheduler/backend/cache/snapshot.go → NewSnapshot, createImageExistenceMap
// (ImageStateSummary.NumNodes = nodes holding the image).
// Order: the order nodes are given (the Scheduler passes creation order); upstream interleaves zones.
// The snapshot's NodeInfos are the rows of one NodeTable, in the same order (nodeInfos[i].row = i).
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { addPod, newNodeInfo, setImageStates, type ImageStateSummary, type NodeInfo } from './node-info.ts';
import { NodeTable } from './node-table.ts';

export interface Snapshot {
  nodeInfos: readonly NodeInfo[];
  /** The rows of nodeInfos, for the batch Filter and Score calls. */
  table: NodeTable;
  get(nodeName: string): NodeInfo | undefined;
}

/** Sets every node's imageStates from node.status.images, counting across all nodes. */
export function computeImageStates(nodeInfos: readonly NodeInfo[]): void {
  const numNodes = new Map<string, number>();
  for (const info of nodeInfos) {
    for (const image of info.node.status?.images ?? []) {
      for (const name of image.names ?? []) numNodes.set(name, (numNodes.get(name) ?? 0) + 1);
    }
  }
  for (const info of nodeInfos) {
    const states = new Map<string, ImageStateSummary>();
    for (const image of info.node.status?.images ?? []) {
      for (const name of image.names ?? []) states.set(name, { size: image.sizeBytes ?? 0, numNodes: numNodes.get(name) ?? 0 });
    }
    setImageStates(info, states);
  }
}

/** A snapshot from plain objects: pods are placed by spec.nodeName; pods on unknown nodes are ignored. */
export function buildSnapshot(nodes: readonly Node[], pods: readonly Pod[] = []): Snapshot {
  const table = new NodeTable(Math.max(1, nodes.length));
  for (const n of nodes) newNodeInfo(n, [], table);
  const byName = new Map(table.infos.map((n) => [n.name, n] as const));
  for (const pod of pods) {
    const info = pod.spec?.nodeName ? byName.get(pod.spec.nodeName) : undefined;
    if (info) addPod(info, pod);
  }
  computeImageStates(table.infos);
  return { nodeInfos: table.infos, table, get: (name) => byName.get(name) };
}
