// The scheduler's cache: NodeInfos kept current from node and pod watch events, plus assumed pods
// (bound by this scheduler, not yet seen bound through the watch).
// Models: pkg/scheduler/backend/cache/cache.go → AddNode/UpdateNode/RemoveNode, AddPod/UpdatePod/
// RemovePod, AssumePod/ForgetPod; UpdateSnapshot is unnecessary here because a cycle runs to the end
// before the next watch event is handled, so the snapshot is the cache itself.
// Leaves out: assumed-pod expiry (binding is a synchronous API call) and the zone-interleaved node tree.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { addPod, newNodeInfo, removePod, setNode, type NodeInfo, type PodInfo } from '../framework/node-info.ts';
import { NodeTable } from '../framework/node-table.ts';
import { computeImageStates, type Snapshot } from '../framework/snapshot.ts';

function key(pod: Pod): string {
  return `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

export class SchedulerCache implements Snapshot {
  private readonly byName = new Map<string, NodeInfo>();
  /** Every node's numbers, one row per node in creation order (nodeInfos is table.infos). */
  readonly table = new NodeTable(64);
  /**
   * Every assigned pod, by namespace/name, with its node (pods on a node not known yet are added
   * when it arrives); `assumed` until the watch confirms the binding.
   */
  private readonly podNode = new Map<string, { pod: Pod; nodeName: string; assumed: boolean }>();

  get nodeInfos(): readonly NodeInfo[] { return this.table.infos; }
  get(nodeName: string): NodeInfo | undefined { return this.byName.get(nodeName); }
  get nodeCount(): number { return this.table.size; }

  addNode(node: Node): void {
    const name = node.metadata?.name ?? '';
    if (this.byName.has(name)) { this.updateNode(node); return; }
    const info = newNodeInfo(node, [], this.table);
    for (const { pod, nodeName } of this.podNode.values()) if (nodeName === name) addPod(info, pod);
    this.byName.set(name, info);
    if (node.status?.images?.length) computeImageStates(this.table.infos);
  }

  /** NodeInfo.SetNode in place: the node's pods and requests stay. */
  updateNode(node: Node): void {
    const name = node.metadata?.name ?? '';
    const info = this.byName.get(name);
    if (!info) { this.addNode(node); return; }
    const imagesChanged = node.status?.images !== info.node.status?.images;
    setNode(info, node);
    if (imagesChanged) computeImageStates(this.table.infos);
  }

  removeNode(node: Node): void {
    const name = node.metadata?.name ?? '';
    const old = this.byName.get(name);
    if (!old) return;
    this.byName.delete(name);
    this.table.removeRow(old.row);
    computeImageStates(this.table.infos);
  }

  /**
   * The scheduler decided: count the pod on the node now, before the bind is observed. k is the
   * pod's namespace/name key, passed when the caller has it already (the scheduling queue's key).
   */
  assumePod(pod: Pod, nodeName: string, k = key(pod)): void {
    const bound: Pod = { ...pod, spec: { ...pod.spec, containers: pod.spec?.containers ?? [], nodeName } };
    this.addPodWithKey(bound, k);
    const entry = this.podNode.get(k);
    if (entry) entry.assumed = true;
  }

  forgetPod(pod: Pod): void {
    const k = key(pod);
    if (this.podNode.get(k)?.assumed) this.removeWithKey(k);
  }

  isAssumed(pod: Pod): boolean {
    return this.podNode.get(key(pod))?.assumed === true;
  }

  /** An assigned pod seen through the watch (confirms an assumed pod). */
  addPod(pod: Pod): void {
    this.addPodWithKey(pod, key(pod));
  }

  private addPodWithKey(pod: Pod, k: string, previous?: PodInfo): void {
    const nodeName = pod.spec?.nodeName;
    if (!nodeName) return;
    if (this.podNode.has(k)) { this.updatePod(pod); return; }
    this.podNode.set(k, { pod, nodeName, assumed: false });
    const info = this.byName.get(nodeName);
    if (info) addPod(info, pod, previous);
  }

  /** A changed assigned pod (e.g. the watch confirming an assumed pod): its old version makes room for the new. */
  updatePod(pod: Pod): void {
    const k = key(pod);
    const previous = this.removeWithKey(k);
    this.addPodWithKey(pod, k, previous);
  }

  removePod(pod: Pod): void {
    this.removeWithKey(key(pod));
  }

  /** Forgets the pod under key k; returns the PodInfo it had on its node, if the node is known. */
  private removeWithKey(k: string): PodInfo | undefined {
    const existing = this.podNode.get(k);
    if (!existing) return undefined;
    this.podNode.delete(k);
    const info = this.byName.get(existing.nodeName);
    return info ? removePod(info, existing.pod) : undefined;
  }

  /** Where the cache has the pod, if anywhere. */
  nodeOf(pod: Pod): string | undefined {
    return this.podNode.get(key(pod))?.nodeName;
  }
}
