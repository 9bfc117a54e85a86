// Defaults of a Pod object: requests copied from limits for every container and init container
// that has limits, enableServiceLinks true, host ports from container ports under hostNetwork,
// then the PodSpec defaults. Models pkg/apis/core/v1/defaults.go → SetDefaults_Pod and
// zz_generated.defaults.go → SetObjectDefaults_Pod. Pod-level resources (alpha gate) are left out;
// priority and preemptionPolicy are the Priority admission plugin's, status the registry's.
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { defaultPodSpec } from './pod-spec.ts';

function defaultRequestsFromLimits(c: Container): void {
  const limits = c.resources?.limits;
  if (!limits || !c.resources) return;
  const requests = (c.resources.requests ??= {});
  for (const [name, value] of Object.entries(limits)) if (!(name in requests)) requests[name] = value;
}

function defaultHostNetworkPorts(containers: Container[]): void {
  for (const c of containers) for (const p of c.ports ?? []) p.hostPort ||= p.containerPort;
}

export function defaultPod(pod: Pod): void {
  const spec = (pod.spec ??= { containers: [] });
  for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) defaultRequestsFromLimits(c);
  spec.enableServiceLinks ??= true;
  if (spec.hostNetwork) {
    defaultHostNetworkPorts(spec.containers);
    defaultHostNetworkPorts(spec.initContainers ?? []);
  }
  defaultPodSpec(spec);
}
