// A pod's QoS class, computed once by the API server when the pod is created and kept in
// status.qosClass (pkg/registry/core/pod/strategy.go → PrepareForCreate; pkg/apis/core/helper/qos/
// qos.go → ComputePodQOS; GetPodQOS then returns the stored class). Only cpu and memory count and
// only quantities above zero. Requests and limits are summed over app and init containers; the
// pod is Guaranteed when every container has cpu and memory limits and the summed requests equal
// the summed limits, BestEffort with neither, Burstable otherwise. Leaves out pod-level resources
// (the PodLevelResources gate is alpha and off in 1.33).
import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { Quantity, tryParseQuantity } from '../../apimachinery/quantity.ts';

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const QOS_RESOURCES = new Set(['cpu', 'memory']);

type Sums = Map<string, Quantity>;

/** Adds the positive cpu/memory quantities of a resource list; returns the names it counted. */
function addPositive(sums: Sums, list: Record<string, unknown> | undefined): Set<string> {
  const found = new Set<string>();
  for (const [name, text] of Object.entries(list ?? {})) {
    if (!QOS_RESOURCES.has(name)) continue;
    const q = tryParseQuantity(String(text));
    if (q === undefined || q.cmp(Quantity.zero()) <= 0) continue;
    found.add(name);
    const sum = sums.get(name);
    sums.set(name, sum === undefined ? q : sum.add(q));
  }
  return found;
}

export function computePodQOS(spec: PodSpec | undefined): QOSClass {
  const requests: Sums = new Map();
  const limits: Sums = new Map();
  let guaranteed = true;
  const containers: Container[] = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
  for (const c of containers) {
    addPositive(requests, c.resources?.requests);
    const found = addPositive(limits, c.resources?.limits);
    if (!found.has('memory') || !found.has('cpu')) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (lim === undefined || lim.cmp(req) !== 0) { guaranteed = false; break; }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
