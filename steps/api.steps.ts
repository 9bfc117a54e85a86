// Steps that talk to the API directly, as a test client, a misbehaving or an external component
// would: status subresource reads and writes, a watch whose deliveries a scenario inspects, and
// faults that break things on purpose (and then assert that kubespec notices).
import { expect } from 'expect';
import { parse as parseYaml } from 'yaml';
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../engine/apimachinery/object.ts';
import { findResource } from '../engine/api/registry.ts';
import { defineStep } from './support/define.ts';
import { fieldText } from './support/field-path.ts';
import type { KubespecWorld } from './support/world.ts';

const resourceOf = (kind: string): string => {
  const type = findResource(kind);
  if (!type) throw new Error(`unknown kind "${kind}"`);
  return type.resource;
};

interface Condition { type?: string; status?: string; reason?: string; message?: string }
const conditionsOf = (o: KubeObject): Condition[] => (o.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];

defineStep({
  pattern: 'I patch the status of {word} {string} with:',
  description: 'Applies a JSON merge patch (YAML or JSON docstring) to an object\'s status subresource in the default namespace, as a controller or kubelet would.',
  example: 'When I patch the status of pod "web" with:\n  """\n  status:\n    phase: Failed\n  """',
}, function (this: KubespecWorld, kind: string, name: string, patch: string) {
  this.cluster.client.patch(resourceOf(kind), 'default', name, 'merge', parseYaml(patch), { subresource: 'status' });
});

defineStep({
  pattern: 'the status subresource of {word} {string} has {string} = {string}',
  description: 'GET of the object\'s /status subresource (it answers the whole object), then one field by dotted path with [index] steps.',
  example: 'Then the status subresource of replicaset "test-rs" has "status.readyReplicas" = "1"',
}, function (this: KubespecWorld, kind: string, name: string, path: string, expected: string) {
  expect(fieldText(this.cluster.client.getStatus(resourceOf(kind), 'default', name), path)).toBe(expected);
});

defineStep({
  pattern: 'I add the condition {string} with status {string}, reason {string} and message {string} to the status of {word} {string}',
  description: 'GET of the object, its status.conditions with one more entry, PUT of the /status subresource (UpdateStatus), as the conformance tests do.',
  example: 'When I add the condition "StatusUpdate" with status "True", reason "E2E" and message "Set from e2e test" to the status of replicaset "test-rs"',
}, function (this: KubespecWorld, type: string, status: string, reason: string, message: string, kind: string, name: string) {
  const resource = resourceOf(kind);
  const current = this.cluster.client.get<KubeObject>(resource, 'default', name);
  const conditions = [...conditionsOf(current), { type, status, reason, message }];
  this.cluster.client.updateStatus(resource, { ...current, status: { ...(current.status as object), conditions } });
});

defineStep({
  pattern: 'I watch {word} labelled {string}',
  description: 'Lists the resource in every namespace by label selector, then watches the default namespace from that list\'s resourceVersion (a ListWatch, as watchtools.Until in the conformance tests); deliveries are kept for "the watch delivered ...".',
  example: 'Given I watch replicasets labelled "name=sample-pod"',
}, function (this: KubespecWorld, kind: string, selector: string) {
  const resource = resourceOf(kind);
  const { resourceVersion } = this.cluster.client.list(resource, { labelSelector: selector });
  const events = (this.watchEvents = []) as NonNullable<KubespecWorld['watchEvents']>;
  this.cluster.client.watch(resource, { namespace: 'default', labelSelector: selector, resourceVersion }, (ev) => events.push(ev));
});

defineStep({
  pattern: 'the watch delivered {word} {string} with condition {word} {word}',
  description: 'Some event of the scenario\'s watch carried the named object with a status condition of this type and status.',
  example: 'Then the watch delivered replicaset "test-rs" with condition StatusPatched True',
}, function (this: KubespecWorld, kind: string, name: string, type: string, status: string) {
  expect(watchedConditions(this, kind, name).map((c) => `${c.type ?? ''} ${c.status ?? ''}`)).toContain(`${type} ${status}`);
});

defineStep({
  pattern: 'the watch delivered {word} {string} with condition {word} {word} with reason {string} and message {string}',
  description: 'Like the step above, with the condition\'s reason and message exactly.',
  example: 'Then the watch delivered replicaset "test-rs" with condition StatusUpdate True with reason "E2E" and message "Set from e2e test"',
}, function (this: KubespecWorld, kind: string, name: string, type: string, status: string, reason: string, message: string) {
  expect(watchedConditions(this, kind, name).map((c) => [c.type, c.status, c.reason ?? '', c.message ?? '']))
    .toContainEqual([type, status, reason, message]);
});

function watchedConditions(world: KubespecWorld, kind: string, name: string): Condition[] {
  const want = findResource(kind)?.kind;
  return world.watched.filter((ev) => ev.object.kind === want && ev.object.metadata.name === name)
    .flatMap((ev) => conditionsOf(ev.object));
}

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
