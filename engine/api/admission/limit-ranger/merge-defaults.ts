// Mutating half of LimitRanger: fill each container's missing requests/limits from the Container-type
// items' defaultRequest/default and record what was set in the `kubernetes.io/limit-ranger` annotation.
// Models plugin/pkg/admission/limitranger/admission.go (defaultContainerResourceRequirements,
// mergeContainerResources, mergePodResourceRequirements). Go map order is replaced by sorted names.
import type { Container, LimitRange, Pod } from 'kubernetes-types/core/v1.js';

export const LIMIT_RANGER_ANNOTATION = 'kubernetes.io/limit-ranger';

interface Defaults { requests: Record<string, string>; limits: Record<string, string> }

export function defaultRequirements(lr: LimitRange): Defaults {
  const out: Defaults = { requests: {}, limits: {} };
  for (const item of lr.spec?.limits ?? []) {
    if (item.type !== 'Container') continue;
    Object.assign(out.requests, item.defaultRequest ?? {});
    Object.assign(out.limits, item.default ?? {});
  }
  return out;
}

/** Mutates `pod` in place; returns the annotation parts added (empty when nothing was defaulted). */
export function mergePodDefaults(pod: Pod, lr: LimitRange): string[] {
  const defaults = defaultRequirements(lr);
  const parts: string[] = [];
  for (const c of pod.spec?.containers ?? []) parts.push(...mergeContainer(c, defaults, 'container'));
  for (const c of pod.spec?.initContainers ?? []) parts.push(...mergeContainer(c, defaults, 'init container'));
  if (parts.length > 0) {
    pod.metadata = { ...pod.metadata, annotations: { ...pod.metadata?.annotations, [LIMIT_RANGER_ANNOTATION]: `LimitRanger plugin set: ${parts.join('; ')}` } };
  }
  return parts;
}

// Worked example: defaults {requests: {cpu, memory}}, container "app" sets nothing ->
// "cpu, memory request for container app"; limits come after requests for the same container.
function mergeContainer(c: Container, defaults: Defaults, prefix: string): string[] {
  const requests: Record<string, string> = { ...c.resources?.requests };
  const limits: Record<string, string> = { ...c.resources?.limits };
  const setLimits = fill(limits, defaults.limits);
  const setRequests = fill(requests, defaults.requests);
  c.resources = { ...c.resources, requests, limits };
  const parts: string[] = [];
  if (setRequests.length > 0) parts.push(`${setRequests.join(', ')} request for ${prefix} ${c.name}`);
  if (setLimits.length > 0) parts.push(`${setLimits.join(', ')} limit for ${prefix} ${c.name}`);
  return parts;
}

function fill(target: Record<string, string>, source: Record<string, string>): string[] {
  const set: string[] = [];
  for (const name of Object.keys(source).sort()) {
    const value = source[name];
    if (!(name in target) && value !== undefined) { target[name] = value; set.push(name); }
  }
  return set;
}
