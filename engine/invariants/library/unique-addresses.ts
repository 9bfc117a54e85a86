// No two live pods share a pod IP; no two Services share a ClusterIP or a NodePort
// (the IP and port allocators' guarantees: pkg/registry/core/service/ipallocator, portallocator).
// After a pod write only the written pod is compared with the others.
import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { Stored } from '../../apimachinery/object.ts';
import { objectName, type Invariant, type Violation } from '../invariant.ts';

function duplicates<T>(items: T[], keyOf: (t: T) => string[], describe: (key: string, a: T, b: T) => Violation): Violation[] {
  const seen = new Map<string, T>();
  const out: Violation[] = [];
  for (const item of items) {
    for (const key of keyOf(item)) {
      const prev = seen.get(key);
      if (prev) out.push(describe(key, prev, item));
      else seen.set(key, item);
    }
  }
  return out;
}

const isLive = (p: Pod): boolean => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
const sharedIP = (ip: string, a: Stored<Pod>, b: Stored<Pod>): Violation =>
  ({ invariant: 'unique-pod-ips', message: `pods ${a.metadata.name ?? ''} and ${b.metadata.name ?? ''} share IP ${ip}`, objects: [objectName('Pod', a), objectName('Pod', b)] });

export const uniquePodIPs: Invariant = {
  name: 'unique-pod-ips', mode: 'always', resources: ['pods'],
  description: 'No two running or pending pods share a pod IP.',
  check(state, event) {
    if (event === undefined) return duplicates(state.list<Pod>('pods').filter(isLive), (p) => (p.status?.podIP ? [p.status.podIP] : []), sharedIP);
    // After a write only the written pod can have brought in a duplicate: one that became live
    // or got a new IP. Most pod writes are neither, and are answered without listing the pods.
    const pod = event.object as Stored<Pod>;
    const before = event.prevObject as Stored<Pod> | undefined;
    const ip = pod.status?.podIP;
    if (event.type === 'DELETED' || !ip || !isLive(pod)) return [];
    if (before && isLive(before) && before.status?.podIP === ip) return [];
    const other = state.list<Pod>('pods').find((p) => isLive(p) && p.status?.podIP === ip && p.metadata.uid !== pod.metadata.uid);
    return other ? [sharedIP(ip, other, pod)] : [];
  },
};

export const uniqueServiceAddresses: Invariant = {
  name: 'unique-service-addresses', mode: 'always', resources: ['services'],
  description: 'No two Services share a ClusterIP or a NodePort.',
  check: (state) => duplicates(
    state.list<Service>('services'),
    (s) => [
      ...(s.spec?.clusterIPs ?? (s.spec?.clusterIP ? [s.spec.clusterIP] : [])).filter((ip) => ip !== 'None').map((ip) => `ip ${ip}`),
      ...(s.spec?.ports ?? []).filter((p) => p.nodePort).map((p) => `nodePort ${p.nodePort ?? 0}/${p.protocol ?? 'TCP'}`),
    ],
    (what, a, b) => ({ invariant: 'unique-service-addresses', message: `services ${a.metadata.name ?? ''} and ${b.metadata.name ?? ''} share ${what}`, objects: [objectName('Service', a), objectName('Service', b)] }),
  ),
};
