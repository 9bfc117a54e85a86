// Pod QoS class: pkg/apis/core/v1/helper/qos/qos.go → ComputePodQOS. Only cpu and memory count,
// zero quantities are ignored, init containers are included; requests default from limits first
// (as the API server's defaulting does). Guaranteed needs cpu and memory limits on every
// container with requests equal to limits; BestEffort has no requests or limits at all.
import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { parseQuantity } from './behaviour/duration.ts';

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const RESOURCES = ['cpu', 'memory'] as const;

const value = (q: unknown): number => (q === undefined ? 0 : parseQuantity(String(q)) ?? 0);
const nonZero = (q: unknown): boolean => value(q) !== 0;

export function qosClass(spec: PodSpec): QOSClass {
  const containers: Container[] = [...(spec.initContainers ?? []), ...spec.containers];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const limits = c.resources?.limits ?? {};
    const requests = { ...limits, ...(c.resources?.requests ?? {}) };
    for (const r of RESOURCES) {
      const req = requests[r];
      const lim = limits[r];
      if (nonZero(req) || nonZero(lim)) any = true;
      if (!nonZero(lim) || value(req) !== value(lim)) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
