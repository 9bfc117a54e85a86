// The pods bound to a node never request more than it can allocate: summed cpu, memory and
// ephemeral-storage requests (a pod's effective request is the larger of its containers' sum and
// any one init container's, as pkg/api/v1/resource/helpers.go → PodRequests computes without
// sidecars or overhead) stay within status.allocatable, and the pod count within allocatable pods.
// The scheduler's NodeResourcesFit filter and the kubelet's admission both guarantee it.
// After a write only the nodes it touched are re-summed (it held everywhere before the write).
import type { Node, Pod, ResourceRequirements } from 'kubernetes-types/core/v1';
import { jsonEqual } from '../../apimachinery/object.ts';
import { Quantity, tryParseQuantity } from '../../apimachinery/quantity.ts';
import type { StoreEvent } from '../../store/object-store.ts';
import type { ClusterState } from '../cluster-state.ts';
import { objectName, type Invariant, type Violation } from '../invariant.ts';

const RESOURCES = ['cpu', 'memory', 'ephemeral-storage'] as const;

function request(r: ResourceRequirements | undefined, name: string): Quantity {
  const text = r?.requests?.[name] ?? r?.limits?.[name];
  return (text !== undefined ? tryParseQuantity(String(text)) : undefined) ?? Quantity.zero();
}

/** Requests of stored (frozen, so unchanging) pods, per resource name. */
const requestsOfStored = new WeakMap<object, Map<string, Quantity>>();

export function podRequest(pod: Pod, name: string): Quantity {
  if (!Object.isFrozen(pod)) return computePodRequest(pod, name);
  let byName = requestsOfStored.get(pod);
  if (byName === undefined) requestsOfStored.set(pod, (byName = new Map()));
  let q = byName.get(name);
  if (q === undefined) byName.set(name, (q = computePodRequest(pod, name)));
  return q;
}

function computePodRequest(pod: Pod, name: string): Quantity {
  let sum = Quantity.zero();
  for (const c of pod.spec?.containers ?? []) sum = sum.add(request(c.resources, name));
  for (const c of pod.spec?.initContainers ?? []) {
    const r = request(c.resources, name);
    if (r.cmp(sum) > 0) sum = r;
  }
  return sum;
}

export const nodeRequestsWithinAllocatable: Invariant = {
  name: 'node-requests-within-allocatable', mode: 'always', resources: ['pods', 'nodes'],
  description: "The requests of the pods bound to a node never exceed the node's allocatable cpu, memory, ephemeral storage or pod count.",
  check(state, event) {
    const nodes = event === undefined ? undefined : touchedNodes(event);
    // Most pod writes are status updates that raise no node's sums: nothing to list.
    if (nodes !== undefined && nodes.size === 0) return [];
    const byNode = new Map<string, Pod[]>();
    for (const p of state.list<Pod>('pods')) {
      if (!p.spec?.nodeName || !holdsResources(p) || (nodes && !nodes.has(p.spec.nodeName))) continue;
      let pods = byNode.get(p.spec.nodeName);
      if (!pods) byNode.set(p.spec.nodeName, (pods = []));
      pods.push(p);
    }
    const out: Violation[] = [];
    for (const [nodeName, pods] of byNode) out.push(...checkNode(state, nodeName, pods));
    return out;
  },
};

const holdsResources = (p: Pod): boolean => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';

/**
 * The nodes whose sums a write can have raised: a pod's node when it is bound, still holds
 * resources and its spec or binding changed; a node whose allocatable changed. Empty otherwise.
 */
function touchedNodes(event: StoreEvent): Set<string> {
  const out = new Set<string>();
  if (event.type === 'DELETED') return out;
  if (event.resource === 'nodes') {
    const before = event.prevObject as Node | undefined;
    const node = event.object as Node;
    if (!before || !jsonEqual(before.status?.allocatable, node.status?.allocatable)) out.add(node.metadata?.name ?? '');
    return out;
  }
  const pod = event.object as Pod;
  const before = event.prevObject as Pod | undefined;
  const unchanged = before !== undefined && before.spec === pod.spec && holdsResources(before);
  if (pod.spec?.nodeName && holdsResources(pod) && !unchanged) out.add(pod.spec.nodeName);
  return out;
}

function checkNode(state: ClusterState, nodeName: string, pods: Pod[]): Violation[] {
  const out: Violation[] = [];
  const node = state.get<Node>('nodes', undefined, nodeName);
  const allocatable = node?.status?.allocatable ?? {};
  const named = [objectName('Node', node ?? { metadata: { name: nodeName } })];
  for (const name of RESOURCES) {
    const cap = allocatable[name] !== undefined ? tryParseQuantity(String(allocatable[name])) : undefined;
    if (!cap) continue;
    const used = pods.reduce((sum, p) => sum.add(podRequest(p, name)), Quantity.zero());
    if (used.cmp(cap) > 0) out.push({ invariant: 'node-requests-within-allocatable', message: `pods on ${nodeName} request ${used.toString()} ${name}, more than its allocatable ${cap.toString()}`, objects: named });
  }
  const maxPods = Number(allocatable.pods ?? Infinity);
  if (pods.length > maxPods) out.push({ invariant: 'node-requests-within-allocatable', message: `${pods.length} pods on ${nodeName}, more than its allocatable ${maxPods}`, objects: named });
  return out;
}
