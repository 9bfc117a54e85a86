// Effective pod requests/limits and QoS class, as quota and LimitRange (type Pod) count them.
// Models pkg/api/v1/resource/helpers.go (PodRequests, PodLimits: max(sum of containers + sidecars,
// largest init container + preceding sidecars) + overhead) and pkg/apis/core/v1/helper/qos (GetPodQOS).
// Leaves out pod-level resources (PodLevelResources is alpha/off in 1.33) and in-place resize status.
import type { Container, Pod } from 'kubernetes-types/core/v1.js';
import { addUsage, parseResourceList } from './resource-list.ts';
import type { Usage } from './resource-list.ts';
import { compareQuantity } from './quantity.ts';

type Pick = (c: Container) => Usage;
const requestsOf: Pick = (c) => parseResourceList(c.resources?.requests);
const limitsOf: Pick = (c) => parseResourceList(c.resources?.limits);

export function podRequests(pod: Pod): Usage {
  return aggregate(pod, requestsOf);
}

export function podLimits(pod: Pod): Usage {
  return aggregate(pod, limitsOf);
}

function maxUsage(a: Usage, b: Usage): Usage {
  const out: Usage = { ...a };
  for (const [name, q] of Object.entries(b)) {
    const cur = out[name];
    if (!cur || compareQuantity(q, cur) > 0) out[name] = q;
  }
  return out;
}

// 1. sum the regular containers; 2. walk init containers in order: a sidecar (restartPolicy Always)
// adds to the running sidecar sum, a regular init container needs itself + the sidecars before it;
// 3. take the per-resource max of (containers + sidecars) and that init peak; 4. add overhead.
function aggregate(pod: Pod, pick: Pick): Usage {
  let containers: Usage = {};
  for (const c of pod.spec?.containers ?? []) containers = addUsage(containers, pick(c));
  let sidecars: Usage = {};
  let initPeak: Usage = {};
  for (const c of pod.spec?.initContainers ?? []) {
    if (c.restartPolicy === 'Always') {
      sidecars = addUsage(sidecars, pick(c));
      initPeak = maxUsage(initPeak, sidecars);
    } else {
      initPeak = maxUsage(initPeak, addUsage(sidecars, pick(c)));
    }
  }
  const total = maxUsage(addUsage(containers, sidecars), initPeak);
  const overhead = parseResourceList(pod.spec?.overhead);
  return Object.keys(overhead).length === 0 ? total : addUsage(total, overhead);
}

export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

/** GetPodQOS: BestEffort when no container sets cpu/memory requests or limits. */
export function podQosClass(pod: Pod): QosClass {
  const all = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const relevant = (u: Usage): string[] => Object.keys(u).filter((k) => (k === 'cpu' || k === 'memory') && u[k]?.nano !== 0n);
  let any = false;
  let guaranteed = true;
  for (const c of all) {
    const req = requestsOf(c); const lim = limitsOf(c);
    if (relevant(req).length > 0 || relevant(lim).length > 0) any = true;
    for (const r of ['cpu', 'memory']) {
      const l = lim[r]; const q = req[r];
      if (!l || l.nano === 0n || (q && compareQuantity(q, l) !== 0)) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
