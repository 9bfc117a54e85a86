// The pod spec a mutating admission plugin edits: the request's own (the server hands admission
// its private copy), given the empty containers list the plugins iterate when it is missing.
// Edited in place rather than copied with a spread: three plugins touch every pod create, and a
// copy each was three walks of the spec per create.
import type { Pod, PodSpec } from 'kubernetes-types/core/v1.js';

export function mutablePodSpec(pod: Pod): PodSpec {
  const spec = (pod.spec ??= { containers: [] });
  spec.containers ??= [];
  return spec;
}
