// Steps that write to the API directly, as a misbehaving or external component would: they
// let a scenario break things on purpose (and then assert that kubespec notices).
import { parse as parseYaml } from 'yaml';
import type { Pod } from 'kubernetes-types/core/v1';
import { findResource } from '../engine/api/registry.ts';
import { defineStep } from './support/define.ts';
import type { KubespecWorld } from './support/world.ts';

defineStep({
  pattern: 'I patch the status of {word} {string} with:',
  description: 'Applies a JSON merge patch (YAML or JSON docstring) to an object\'s status subresource in the default namespace, as a controller or kubelet would.',
  example: 'When I patch the status of pod "web" with:\n  """\n  status:\n    phase: Failed\n  """',
}, function (this: KubespecWorld, kind: string, name: string, patch: string) {
  const type = findResource(kind);
  if (!type) throw new Error(`unknown kind "${kind}"`);
  this.cluster.client.patch(type.resource, 'default', name, 'merge', parseYaml(patch), { subresource: 'status' });
});

defineStep({
  pattern: 'pod {string} is given the IP of pod {string}',
  description: 'Fault injection: copies one pod\'s status.podIP onto another, breaking IP uniqueness on purpose.',
  example: 'When pod "b" is given the IP of pod "a"',
}, function (this: KubespecWorld, target: string, source: string) {
  const ip = this.cluster.client.get<Pod>('pods', 'default', source).status?.podIP;
  if (!ip) throw new Error(`pod "${source}" has no IP yet`);
  this.cluster.journal.record({ component: 'kubespec', verb: 'fault', kind: 'Pod', namespace: 'default', name: target, message: `given the IP ${ip} of pod ${source}` });
  this.cluster.client.patch('pods', 'default', target, 'merge', { status: { podIP: ip, podIPs: [{ ip }] } }, { subresource: 'status' });
});
