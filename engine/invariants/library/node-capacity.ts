// The pods bound to a node never request more than it can allocate: summed cpu, memory and
// ephemeral-storage requests (a pod's effective request is the larger of its containers' sum and
// any one init container's, as pkg/api/v1/resource/helpers.go → PodRequests computes without
// sidecars or overhead) stay within status.allocatable, and the pod count within allocatable pods.
// The scheduler's NodeResourcesFit filter and the kubelet's admission both guarantee it.
import type { Node, Pod, ResourceRequirements } from 'kubernetes-types/core/v1';
import { Quantity, tryParseQuantity } from '../../apimachinery/quantity.ts';
import { objectName, type Invariant, type Violation } from '../invariant.ts';

const RESOURCES = ['cpu', 'memory', 'ephemeral-storage'] as const;

function request(r: ResourceRequirements | undefined, name: string): Quantity {
  const text = r?.requests?.[name] ?? r?.limits?.[name];
  return (text !== undefined ? tryParseQuantity(String(text)) : undefined) ?? Quantity.zero();
}

export function podRequest(pod: Pod, name: string): Quantity {
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
  check(state) {
    const byNode = new Map<string, Pod[]>();
    for (const p of state.list<Pod>('pods')) {
      if (!p.spec?.nodeName || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') continue;
      byNode.set(p.spec.nodeName, [...(byNode.get(p.spec.nodeName) ?? []), p]);
    }
    const out: Violation[] = [];
    for (const [nodeName, pods] of byNode) {
      const node = state.get<Node>('nodes', undefined, nodeName);
      const allocatable = node?.status?.allocatable ?? {};
      for (const name of RESOURCES) {
        const cap = allocatable[name] !== undefined ? tryParseQuantity(String(allocatable[name])) : undefined;
        if (!cap) continue;
        const used = pods.reduce((sum, p) => sum.add(podRequest(p, name)), Quantity.zero());
        if (used.cmp(cap) > 0) out.push({ invariant: 'node-requests-within-allocatable', message: `pods on ${nodeName} request ${used.toString()} ${name}, more than its allocatable ${cap.toString()}`, objects: [objectName('Node', node ?? { metadata: { name: nodeName } })] });
      }
      const maxPods = Number(allocatable.pods ?? Infinity);
      if (pods.length > maxPods) out.push({ invariant: 'node-requests-within-allocatable', message: `${pods.length} pods on ${nodeName}, more than its allocatable ${maxPods}`, objects: [objectName('Node', node ?? { metadata: { name: nodeName } })] });
    }
    return out;
  },
};
