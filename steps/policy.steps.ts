// Steps for namespaces, ResourceQuota, LimitRange and ServiceAccounts: create policy objects and
// pods directly through the API, capture refusals, and check quota status, defaulted resources
// and namespace lifecycle. Refusals are checked with "the command is refused with:".
import { expect } from 'expect';
import type { Event as CoreEvent, LimitRange, Namespace, Pod, ResourceQuota } from 'kubernetes-types/core/v1.js';
import type { ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { KubeObject } from '../engine/apimachinery/object.ts';
import { findResource } from '../engine/api/registry.ts';
import { defineStep } from './support/define.ts';
import { fieldText } from './support/field-path.ts';
import type { KubespecWorld } from './support/world.ts';
import { attempt, exists, get, parseList, podWithRequests, printList } from './support/policy-objects.ts';

defineStep({
  pattern: 'the namespace {string} exists',
  description: 'Creates the namespace and lets its controllers react (the default ServiceAccount appears).',
  example: 'Given the namespace "spark-cluster" exists',
}, function (this: KubespecWorld, name: string) {
  this.cluster.client.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  this.cluster.settle();
});

defineStep({
  pattern: 'I create the quota {string} in namespace {string} with hard {string}',
  description: 'Creates a ResourceQuota whose spec.hard is given as `name=quantity,...`.',
  example: 'When I create the quota "pods-quota" in namespace "team" with hard "pods=2,requests.cpu=1"',
}, function (this: KubespecWorld, name: string, namespace: string, hard: string) {
  this.cluster.client.create('resourcequotas', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name, namespace }, spec: { hard: parseList(hard) } });
});

defineStep({
  pattern: 'I create the quota {string} in namespace {string} with hard {string} and scopes {string}',
  description: 'Creates a scoped ResourceQuota (scopes comma-separated: BestEffort, NotBestEffort, Terminating, NotTerminating).',
  example: 'When I create the quota "be" in namespace "team" with hard "pods=5" and scopes "BestEffort"',
}, function (this: KubespecWorld, name: string, namespace: string, hard: string, scopes: string) {
  const spec = { hard: parseList(hard), scopes: scopes.split(',').map((s) => s.trim()) };
  this.cluster.client.create('resourcequotas', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name, namespace }, spec });
});

defineStep({
  pattern: 'I set the quota {string} in namespace {string} hard {string} to {string}',
  description: 'Changes one entry of a quota\'s spec.hard (the quota controller then updates status).',
  example: 'When I set the quota "pods-quota" in namespace "team" hard "pods" to "4"',
}, function (this: KubespecWorld, name: string, namespace: string, resource: string, value: string) {
  this.cluster.client.patch('resourcequotas', namespace, name, 'merge', { spec: { hard: { [resource]: value } } });
});

defineStep({
  pattern: 'the quota {string} in namespace {string} has used {string} of {string} and hard {string}',
  description: 'The quota\'s status.used and status.hard for one resource, as canonical quantities.',
  example: 'Then the quota "compute-resources" in namespace "spark-cluster" has used "pods" of "10" and hard "10"',
}, function (this: KubespecWorld, name: string, namespace: string, resource: string, used: string, hard: string) {
  const q = get<ResourceQuota>(this, 'resourcequotas', namespace, name);
  expect({ used: q.status?.used?.[resource], hard: q.status?.hard?.[resource] }).toEqual({ used, hard });
});

defineStep({
  pattern: 'the quota {string} in namespace {string} has status hard {string}',
  description: 'The quota\'s whole status.hard, as `name=quantity,...` sorted by name.',
  example: 'Then the quota "q" in namespace "team" has status hard "cpu=1,memory=1Gi"',
}, function (this: KubespecWorld, name: string, namespace: string, hard: string) {
  expect(printList(get<ResourceQuota>(this, 'resourcequotas', namespace, name).status?.hard)).toBe(printList(parseList(hard)));
});

defineStep({
  pattern: 'the quota {string} in namespace {string} has spec hard {string}',
  description: 'The quota\'s whole spec.hard, as `name=quantity,...` sorted by name.',
  example: 'Then the quota "q" in namespace "team" has spec hard "cpu=500m"',
}, function (this: KubespecWorld, name: string, namespace: string, hard: string) {
  expect(printList(get<ResourceQuota>(this, 'resourcequotas', namespace, name).spec?.hard)).toBe(printList(parseList(hard)));
});

defineStep({
  pattern: 'I patch the status of quota {string} in namespace {string} to hard {string} and used {string}',
  description: 'Writes the quota\'s /status subresource directly (as the conformance test does).',
  example: 'When I patch the status of quota "q" in namespace "team" to hard "cpu=1" and used "cpu=0"',
}, function (this: KubespecWorld, name: string, namespace: string, hard: string, used: string) {
  this.cluster.client.patch('resourcequotas', namespace, name, 'merge', { status: { hard: parseList(hard), used: parseList(used) } }, { subresource: 'status' });
});

defineStep({
  pattern: 'I create {int} pods {string} in namespace {string} requesting cpu {string} and memory {string}',
  description: 'Creates pods `<prefix>-1` … `<prefix>-N`, one container each, requests = limits = the given cpu and memory; fails on the first refusal.',
  example: 'When I create 10 pods "worker" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"',
}, function (this: KubespecWorld, count: number, prefix: string, namespace: string, cpu: string, memory: string) {
  for (let i = 1; i <= count; i++) this.cluster.client.create('pods', podWithRequests(`${prefix}-${i}`, namespace, { cpu, memory }));
});

defineStep({
  pattern: 'I create {int} pods {string} in namespace {string} without resources',
  description: 'Creates BestEffort pods `<prefix>-1` … `<prefix>-N` (no requests or limits).',
  example: 'When I create 1 pods "best-effort" in namespace "team" without resources',
}, function (this: KubespecWorld, count: number, prefix: string, namespace: string) {
  for (let i = 1; i <= count; i++) this.cluster.client.create('pods', podWithRequests(`${prefix}-${i}`, namespace));
});

defineStep({
  pattern: 'I try to create pod {string} in namespace {string} requesting cpu {string} and memory {string}',
  description: 'Like the pod-creating step, but a refusal is remembered for "the command is refused with:" instead of failing.',
  example: 'When I try to create pod "worker-11" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"',
}, function (this: KubespecWorld, name: string, namespace: string, cpu: string, memory: string) {
  attempt(this, () => this.cluster.client.create('pods', podWithRequests(name, namespace, { cpu, memory })));
});

defineStep({
  pattern: 'I try to create service {string} of type {string} in namespace {string}',
  description: 'Creates a one-port Service of the given type; a refusal is remembered, not raised.',
  example: 'When I try to create service "lb-3" of type "LoadBalancer" in namespace "spark-cluster"',
}, function (this: KubespecWorld, name: string, type: string, namespace: string) {
  const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: { type, selector: { app: name }, ports: [{ port: 80 }] } };
  attempt(this, () => this.cluster.client.create('services', svc));
});

defineStep({
  pattern: 'I try to delete the namespace {string}',
  description: 'Deletes a namespace; a refusal is remembered for "the command is refused with:".',
  example: 'When I try to delete the namespace "kube-system"',
}, function (this: KubespecWorld, name: string) {
  attempt(this, () => this.cluster.client.delete('namespaces', undefined, name));
});

defineStep({
  pattern: 'the command is refused with:',
  description: 'The last command or attempted write failed, and its error output contains the docstring (the API\'s message, byte for byte).',
  example: 'Then the command is refused with:\n  """\n  pods "worker-11" is forbidden: exceeded quota: compute-resources, requested: pods=1, used: pods=10, limited: pods=10\n  """',
}, function (this: KubespecWorld, message: string) {
  expect(this.command.exitCode).not.toBe(0);
  expect(this.command.stderr).toContain(message.trim());
});

defineStep({
  pattern: 'the pod {string} in namespace {string} finishes with phase {string}',
  description: 'Scripts a pod\'s end: its status phase becomes Succeeded or Failed (as a kubelet would report).',
  example: 'When the pod "job-1" in namespace "spark-cluster" finishes with phase "Succeeded"',
}, function (this: KubespecWorld, name: string, namespace: string, phase: string) {
  this.cluster.client.patch('pods', namespace, name, 'merge', { status: { phase } }, { subresource: 'status' });
});

defineStep({
  pattern: 'I delete the {word} {string} in namespace {string}',
  description: 'Deletes one object by resource (plural, singular or short name) and name.',
  example: 'When I delete the configmap "settings" in namespace "spark-cluster"',
}, function (this: KubespecWorld, resource: string, name: string, namespace: string) {
  this.cluster.client.delete(findResource(resource)?.resource ?? resource, namespace, name);
});

defineStep({
  pattern: 'namespace {string} has {int} pod(s)',
  description: 'The number of pods stored in the namespace (any phase).',
  example: 'Then namespace "spark-cluster" has 2 pods',
}, function (this: KubespecWorld, namespace: string, count: number) {
  expect(this.cluster.client.list('pods', { namespace }).items.length).toBe(count);
});

defineStep({
  pattern: 'namespace {string} has no {word}',
  description: 'No object of the resource (plural) is stored in the namespace.',
  example: 'Then namespace "team" has no services',
}, function (this: KubespecWorld, namespace: string, resource: string) {
  expect(this.cluster.client.list(resource, { namespace }).items.map((o) => o.metadata.name)).toEqual([]);
});

defineStep({
  pattern: 'the container {string} of pod {string} in namespace {string} has requests {string} and limits {string}',
  description: 'A container\'s resources after admission, each as `name=quantity,...` sorted by name.',
  example: 'Then the container "app" of pod "demo" in namespace "team" has requests "memory=256Mi" and limits "memory=512Mi"',
}, function (this: KubespecWorld, container: string, pod: string, namespace: string, requests: string, limits: string) {
  const c = get<Pod>(this, 'pods', namespace, pod).spec?.containers.find((x) => x.name === container);
  expect({ requests: printList(c?.resources?.requests), limits: printList(c?.resources?.limits) }).toEqual({ requests: printList(parseList(requests)), limits: printList(parseList(limits)) });
});

defineStep({
  pattern: 'the pod {string} in namespace {string} has annotation {string} with value {string}',
  description: 'One annotation of a stored pod, exactly.',
  example: 'Then the pod "demo" in namespace "team" has annotation "kubernetes.io/limit-ranger" with value "LimitRanger plugin set: memory request for container app"',
}, function (this: KubespecWorld, pod: string, namespace: string, key: string, value: string) {
  expect(get<Pod>(this, 'pods', namespace, pod).metadata?.annotations?.[key]).toBe(value);
});

defineStep({
  pattern: 'the limitrange {string} in namespace {string} has defaultRequest {string}',
  description: 'The stored (defaulted) defaultRequest of the LimitRange\'s first Container item.',
  example: 'Then the limitrange "cpu-min-max" in namespace "team" has defaultRequest "cpu=800m"',
}, function (this: KubespecWorld, name: string, namespace: string, expected: string) {
  const item = get<LimitRange>(this, 'limitranges', namespace, name).spec?.limits.find((l) => l.type === 'Container');
  expect(printList(item?.defaultRequest)).toBe(printList(parseList(expected)));
});

defineStep({
  pattern: 'I delete the namespace {string}',
  description: 'Deletes a namespace: it turns Terminating and the namespace controller removes its content.',
  example: 'When I delete the namespace "team-a"',
}, function (this: KubespecWorld, name: string) {
  this.cluster.client.delete('namespaces', undefined, name);
});

defineStep({
  pattern: 'the namespace {string} has phase {string}',
  description: 'The namespace\'s status.phase (Active or Terminating).',
  example: 'Then the namespace "team-a" has phase "Terminating"',
}, function (this: KubespecWorld, name: string, phase: string) {
  expect(get<Namespace>(this, 'namespaces', undefined, name).status?.phase).toBe(phase);
});

defineStep({
  pattern: 'the serviceaccount {string} exists in namespace {string}',
  description: 'A ServiceAccount is stored (the default one is created by the serviceaccount controller).',
  example: 'Then the serviceaccount "default" exists in namespace "team-a"',
}, function (this: KubespecWorld, name: string, namespace: string) {
  expect(exists(this, 'serviceaccounts', namespace, name)).toBe(true);
});

defineStep({
  pattern: 'I patch the status of namespace {string} with condition {string} status {string} reason {string} message {string}',
  description: 'Writes a condition through the namespace /status subresource.',
  example: 'When I patch the status of namespace "team" with condition "StatusUpdate" status "True" reason "E2E" message "Set from an e2e test"',
}, function (this: KubespecWorld, name: string, type: string, status: string, reason: string, message: string) {
  this.cluster.client.patch('namespaces', undefined, name, 'merge', { status: { conditions: [{ type, status, reason, message }] } }, { subresource: 'status' });
});

defineStep({
  pattern: 'the namespace {string} has condition {string} with status {string} and reason {string}',
  description: 'One of the namespace\'s status conditions.',
  example: 'Then the namespace "team" has condition "StatusUpdate" with status "True" and reason "E2E"',
}, function (this: KubespecWorld, name: string, type: string, status: string, reason: string) {
  const c = get<Namespace>(this, 'namespaces', undefined, name).status?.conditions?.find((x) => x.type === type);
  expect({ status: c?.status, reason: c?.reason }).toEqual({ status, reason });
});

defineStep({
  pattern: 'I finalize the namespace {string} with finalizers {string}',
  description: 'Replaces spec.finalizers through the namespace /finalize subresource (comma-separated).',
  example: 'When I finalize the namespace "team" with finalizers "kubernetes,example.com/audit"',
}, function (this: KubespecWorld, name: string, finalizers: string) {
  this.cluster.client.patch('namespaces', undefined, name, 'merge', { spec: { finalizers: finalizers.split(',') } }, { subresource: 'finalize' });
});

defineStep({
  pattern: 'the namespace {string} has finalizers {string}',
  description: 'The namespace\'s spec.finalizers, comma-separated in order.',
  example: 'Then the namespace "team" has finalizers "kubernetes"',
}, function (this: KubespecWorld, name: string, finalizers: string) {
  expect((get<Namespace>(this, 'namespaces', undefined, name).spec?.finalizers ?? []).join(',')).toBe(finalizers);
});

defineStep({
  pattern: 'I force delete the pod {string} in namespace {string}',
  description: 'Deletes a pod with gracePeriodSeconds 0: it is removed at once (kubectl delete --force --grace-period=0).',
  example: 'When I force delete the pod "job-3" in namespace "spark-cluster"',
}, function (this: KubespecWorld, name: string, namespace: string) {
  this.cluster.client.delete('pods', namespace, name, { gracePeriodSeconds: 0 });
});

function replicaSetOf(world: KubespecWorld, deployment: string, namespace: string): ReplicaSet & KubeObject {
  const owned = world.cluster.client.list<ReplicaSet & KubeObject>('replicasets', { namespace }).items
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.kind === 'Deployment' && o.name === deployment));
  const rs = owned.at(-1);
  if (!rs) throw new Error(`deployment "${deployment}" in namespace "${namespace}" has no ReplicaSet`);
  return rs;
}

defineStep({
  pattern: 'a {string} event {string} on the replicaset of deployment {string} in namespace {string} contains {string}',
  description: 'An Event of that type and reason whose involved object is the Deployment\'s (newest) ReplicaSet, with the text in its message.',
  example: 'Then a "Warning" event "FailedCreate" on the replicaset of deployment "web" in namespace "team" contains "exceeded quota"',
}, function (this: KubespecWorld, type: string, reason: string, deployment: string, namespace: string, text: string) {
  const rs = replicaSetOf(this, deployment, namespace).metadata.name;
  const events = this.cluster.client.list<CoreEvent & KubeObject>('events', { namespace }).items
    .filter((e) => e.involvedObject.kind === 'ReplicaSet' && e.involvedObject.name === rs && e.type === type && e.reason === reason);
  expect(events.map((e) => e.message ?? '').join('\n')).toContain(text);
});

defineStep({
  pattern: 'the replicaset of deployment {string} in namespace {string} has condition {string} with reason {string}',
  description: 'A status condition of the Deployment\'s (newest) ReplicaSet, e.g. ReplicaFailure / FailedCreate.',
  example: 'Then the replicaset of deployment "web" in namespace "team" has condition "ReplicaFailure" with reason "FailedCreate"',
}, function (this: KubespecWorld, deployment: string, namespace: string, type: string, reason: string) {
  const c = replicaSetOf(this, deployment, namespace).status?.conditions?.find((x) => x.type === type);
  expect(c?.reason).toBe(reason);
});

defineStep({
  pattern: 'the {word} {string} in namespace {string} has {string} = {string}',
  description: 'A field of a stored object by dotted path with [index] steps; scalars compare as text, objects and lists as JSON.',
  example: 'Then the pod "web" in namespace "default" has "spec.tolerations[0].tolerationSeconds" = "300"',
}, function (this: KubespecWorld, resource: string, name: string, namespace: string, path: string, expected: string) {
  expect(fieldText(get(this, findResource(resource)?.resource ?? resource, namespace, name), path)).toBe(expected);
});

