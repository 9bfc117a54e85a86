// Steps about Deployments, ReplicaSets, ReplicationControllers and cascading deletion: read their
// status, their events (from the journal, in order), and change them the way users do.
import { expect } from 'expect';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../engine/apimachinery/object.ts';
import { findResource } from '../engine/api/registry.ts';
import { defineStep } from './support/define.ts';
import type { KubespecWorld } from './support/world.ts';
import { expectGeneratedText } from './support/generated-names.ts';
import { conditionOf, deploymentOf, eventLines, ownedReplicaSets, podsOf, rolloutBounds } from './support/workloads.ts';

defineStep({
  pattern: 'the deployment {string} has {int} available replicas',
  description: 'status.availableReplicas of the Deployment, as its controller last wrote it.',
  example: 'Then the deployment "web" has 4 available replicas',
}, function (this: KubespecWorld, name: string, n: number) {
  expect(deploymentOf(this, name).status?.availableReplicas ?? 0).toBe(n);
});

defineStep({
  pattern: 'the deployment {string} is rolled out',
  description: 'What `kubectl rollout status` waits for: generation observed, every replica updated and available, no old replica left.',
  example: 'Then the deployment "web" is rolled out',
}, function (this: KubespecWorld, name: string) {
  const d = deploymentOf(this, name);
  const s = d.status ?? {};
  const want = d.spec?.replicas ?? 1;
  expect({ observed: (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0), updated: s.updatedReplicas ?? 0, total: s.replicas ?? 0, available: s.availableReplicas ?? 0 })
    .toEqual({ observed: true, updated: want, total: want, available: want });
});

defineStep({
  pattern: 'the replica set of deployment {string} with image {string} has {int} replicas',
  description: 'spec.replicas of the Deployment\'s ReplicaSet whose first container runs the image.',
  example: 'Then the replica set of deployment "web" with image "nginx:1.28" has 4 replicas',
}, function (this: KubespecWorld, name: string, image: string, n: number) {
  const rs = ownedReplicaSets(this, name).find((r: ReplicaSet) => r.spec?.template?.spec?.containers[0]?.image === image);
  if (!rs) throw new Error(`deployment "${name}" has no replica set with image ${image}`);
  expect(rs.spec?.replicas ?? 1).toBe(n);
});

defineStep({
  pattern: 'the deployment {string} has {int} replica set(s)',
  description: 'How many ReplicaSets the Deployment controls (revision history included).',
  example: 'Then the deployment "web" has 2 replica sets',
}, function (this: KubespecWorld, name: string, n: number) {
  expect(ownedReplicaSets(this, name).map((r) => r.metadata?.name)).toHaveLength(n);
});

defineStep({
  pattern: 'the deployment {string} has {int} pod(s)',
  description: 'Pods (not being deleted) controlled by the Deployment\'s ReplicaSets.',
  example: 'Then the deployment "web" has 3 pods',
}, function (this: KubespecWorld, name: string, n: number) {
  expect(podsOf(this, name).filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(n);
});

defineStep({
  pattern: 'the {word} condition of {word} {string} is {word} with reason {string}',
  description: 'A status condition of a Deployment, ReplicaSet or ReplicationController (Available, Progressing, ReplicaFailure) or of a Node (Ready, MemoryPressure...): status and reason.',
  example: 'Then the Progressing condition of deployment "web" is False with reason "ProgressDeadlineExceeded"',
}, function (this: KubespecWorld, type: string, kind: string, name: string, status: string, reason: string) {
  const c = conditionOf(this, kind, name, type);
  expect({ status: c?.status, reason: c?.reason }).toEqual({ status, reason });
});

defineStep({
  pattern: 'the {word} condition of {word} {string} says {string}',
  description: 'The message of a workload (or Node) status condition, exactly; `<suffix>` stands for the five characters of a generated name (a pod the controller tried to create).',
  example: 'Then the ReplicaFailure condition of replicationcontroller "rc" says "pods \\"rc-<suffix>\\" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2"',
}, function (this: KubespecWorld, type: string, kind: string, name: string, message: string) {
  expectGeneratedText(conditionOf(this, kind, name, type)?.message ?? '', message);
});

defineStep({
  pattern: 'the {word} {string} has no {word} condition',
  description: 'The workload\'s status carries no condition of that type (e.g. ReplicaFailure cleared once the controller can reach its replicas).',
  example: 'Then the replicationcontroller "rc" has no ReplicaFailure condition',
}, function (this: KubespecWorld, kind: string, name: string, type: string) {
  expect(conditionOf(this, kind, name, type)).toBeUndefined();
});

defineStep({
  pattern: 'the events of {word} {string} are:',
  description: 'Every event recorded for the object so far, in order, one per line as `Type Reason Message` (repeats included); `<suffix>` stands for the five characters of a generated pod name.',
  example: 'Then the events of deployment "web" are:\n  """\n  Normal ScalingReplicaSet Scaled up replica set web-6c8d7489d5 from 0 to 3\n  """',
}, function (this: KubespecWorld, kind: string, name: string, text: string) {
  expectGeneratedText(eventLines(this, kind, name).join('\n'), text.trim());
});

defineStep({
  pattern: 'I scale the {word} {string} to {int} replicas',
  description: 'Sets spec.replicas of a Deployment, ReplicaSet or ReplicationController with a merge patch, as a client updating the object would.',
  example: 'When I scale the deployment "web" to 15 replicas',
}, function (this: KubespecWorld, kind: string, name: string, n: number) {
  this.cluster.client.patch(findResource(kind)?.resource ?? kind, 'default', name, 'merge', { spec: { replicas: n } });
});

defineStep({
  pattern: 'I set the scale of {word} {string} to {int} through the scale subresource',
  description: 'PUT of the /scale subresource (autoscaling/v1 Scale) with the new replica count.',
  example: 'When I set the scale of deployment "web" to 3 through the scale subresource',
}, function (this: KubespecWorld, kind: string, name: string, n: number) {
  this.cluster.client.updateScale(findResource(kind)?.resource ?? kind, 'default', name, n);
});

defineStep({
  pattern: 'the scale subresource of {word} {string} says {int} replicas',
  description: 'GET of /scale: spec.replicas.',
  example: 'Then the scale subresource of deployment "web" says 3 replicas',
}, function (this: KubespecWorld, kind: string, name: string, n: number) {
  expect(this.cluster.client.getScale(findResource(kind)?.resource ?? kind, 'default', name).spec?.replicas).toBe(n);
});

defineStep({
  pattern: 'I delete the {word} {string} with propagation policy {word}',
  description: 'DELETE with deleteOptions.propagationPolicy Background, Foreground or Orphan.',
  example: 'When I delete the deployment "web" with propagation policy Foreground',
}, function (this: KubespecWorld, kind: string, name: string, policy: 'Background' | 'Foreground' | 'Orphan') {
  this.cluster.client.delete(findResource(kind)?.resource ?? kind, 'default', name, { propagationPolicy: policy });
});

defineStep({
  pattern: 'the {word} {string} does not exist',
  description: 'A GET of the object returns NotFound.',
  example: 'Then the replicaset "web-6c8d7489d5" does not exist',
}, function (this: KubespecWorld, kind: string, name: string) {
  expect(() => this.cluster.client.get(findResource(kind)?.resource ?? kind, 'default', name)).toThrow('not found');
});

defineStep({
  pattern: 'the {word} {string} exists with finalizer {string}',
  description: 'The object is still there, marked for deletion and held by the finalizer.',
  example: 'Then the replicationcontroller "rc" exists with finalizer "foregroundDeletion"',
}, function (this: KubespecWorld, kind: string, name: string, finalizer: string) {
  const o = this.cluster.client.get<KubeObject>(findResource(kind)?.resource ?? kind, 'default', name);
  expect({ deleting: o.metadata.deletionTimestamp !== undefined, finalizers: o.metadata.finalizers ?? [] }).toEqual({ deleting: true, finalizers: [finalizer] });
});

defineStep({
  pattern: 'there are {int} pods labelled {string}',
  description: 'Pods in the default namespace matching the label selector (any state).',
  example: 'Then there are 2 pods labelled "app=web"',
}, function (this: KubespecWorld, n: number, selector: string) {
  expect(this.cluster.client.list('pods', { namespace: 'default', labelSelector: selector }).items).toHaveLength(n);
});

defineStep({
  pattern: 'there are {int} pods labelled {string} without an owner',
  description: 'Pods matching the selector whose ownerReferences are empty (orphans).',
  example: 'Then there are 2 pods labelled "app=web" without an owner',
}, function (this: KubespecWorld, n: number, selector: string) {
  const pods = this.cluster.client.list<KubeObject>('pods', { namespace: 'default', labelSelector: selector }).items;
  expect(pods.filter((p) => (p.metadata.ownerReferences ?? []).length === 0)).toHaveLength(n);
});

defineStep({
  pattern: 'the deployment {string} rolls out image {string} with at most {int} pods and at least {int} available at every step',
  description: 'Sets the image of every container, then follows the rollout after every task of the virtual clock: the ReplicaSets\' replicas never exceed the first bound and their available replicas never drop below the second.',
  example: 'When the deployment "web" rolls out image "nginx:1.28" with at most 13 pods and at least 8 available at every step',
}, function (this: KubespecWorld, name: string, image: string, maxPods: number, minAvailable: number) {
  const seen = rolloutBounds(this, name, image);
  expect({ maxPods: seen.maxPods <= maxPods, minAvailable: seen.minAvailable >= minAvailable, done: seen.done })
    .toEqual({ maxPods: true, minAvailable: true, done: true });
});

export type { Deployment };

defineStep({
  pattern: 'the output contains:',
  description: 'The last command\'s standard output contains the docstring\'s lines, contiguous and in order.',
  example: 'Then the output contains:\n  """\n  REVISION  CHANGE-CAUSE\n  1         <none>\n  """',
}, function (this: KubespecWorld, text: string) {
  expect(this.command.stdout).toContain(text);
});

defineStep({
  pattern: 'the {word} {string} has {int} ready replicas',
  description: 'status.readyReplicas of a ReplicaSet, ReplicationController or Deployment.',
  example: 'Then the replicaset "frontend" has 2 ready replicas',
}, function (this: KubespecWorld, kind: string, name: string, n: number) {
  const o = this.cluster.client.get<KubeObject>(findResource(kind)?.resource ?? kind, 'default', name);
  expect((o.status as { readyReplicas?: number } | undefined)?.readyReplicas ?? 0).toBe(n);
});

defineStep({
  pattern: 'the {word} {string} controls {int} pod(s)',
  description: 'Pods whose controller ownerReference names the object (by UID), not being deleted.',
  example: 'Then the replicaset "frontend" controls 2 pods',
}, function (this: KubespecWorld, kind: string, name: string, n: number) {
  const owner = this.cluster.client.get<KubeObject>(findResource(kind)?.resource ?? kind, 'default', name);
  const pods = this.cluster.client.list<KubeObject>('pods', { namespace: 'default' }).items
    .filter((p) => !p.metadata.deletionTimestamp && p.metadata.ownerReferences?.some((r) => r.controller === true && r.uid === owner.metadata.uid));
  expect(pods).toHaveLength(n);
});

defineStep({
  pattern: 'the pod {string} is controlled by {word} {string}',
  description: 'The pod\'s controller ownerReference points at the object (kind, name and UID).',
  example: 'Then the pod "pod-adoption-release" is controlled by replicaset "pod-adoption-release"',
}, function (this: KubespecWorld, pod: string, kind: string, name: string) {
  const type = findResource(kind);
  const owner = this.cluster.client.get<KubeObject>(type?.resource ?? kind, 'default', name);
  const ref = this.cluster.client.get<KubeObject>('pods', 'default', pod).metadata.ownerReferences?.find((r) => r.controller === true);
  expect({ kind: ref?.kind, name: ref?.name, uid: ref?.uid }).toEqual({ kind: type?.kind, name, uid: owner.metadata.uid });
});

defineStep({
  pattern: 'the pod {string} has no owner',
  description: 'The pod has no ownerReferences.',
  example: 'Then the pod "pod-adoption-release" has no owner',
}, function (this: KubespecWorld, pod: string) {
  expect(this.cluster.client.get<KubeObject>('pods', 'default', pod).metadata.ownerReferences ?? []).toEqual([]);
});

defineStep({
  pattern: 'I label the pod {string} with {string}',
  description: 'Sets one label (key=value) on the pod with a merge patch.',
  example: 'When I label the pod "pod-adoption-release" with "name=not-matching"',
}, function (this: KubespecWorld, pod: string, label: string) {
  const [key = '', value = ''] = label.split('=', 2);
  this.cluster.client.patch('pods', 'default', pod, 'merge', { metadata: { labels: { [key]: value } } });
});

defineStep({
  pattern: 'I add {word} {string} as an owner of {int} pod(s) labelled {string}',
  description: 'Adds a non-controller ownerReference to the first N matching pods (by name), as the garbage collector e2e tests do.',
  example: 'When I add replicationcontroller "rc2" as an owner of 2 pods labelled "app=rc1"',
}, function (this: KubespecWorld, kind: string, name: string, n: number, selector: string) {
  const type = findResource(kind);
  const owner = this.cluster.client.get<KubeObject>(type?.resource ?? kind, 'default', name);
  const pods = this.cluster.client.list<KubeObject>('pods', { namespace: 'default', labelSelector: selector }).items
    .sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1)).slice(0, n);
  const ref = { apiVersion: owner.apiVersion, kind: owner.kind, name, uid: owner.metadata.uid ?? '', blockOwnerDeletion: true };
  for (const p of pods) this.cluster.client.patch('pods', 'default', p.metadata.name ?? '', 'strategic', { metadata: { ownerReferences: [ref] } });
});

defineStep({
  pattern: 'there are {int} pods labelled {string} owned by {word} {string}',
  description: 'Matching pods (not being deleted) that list the object among their ownerReferences.',
  example: 'Then there are 2 pods labelled "app=rc1" owned by replicationcontroller "rc2"',
}, function (this: KubespecWorld, n: number, selector: string, kind: string, name: string) {
  const owner = this.cluster.client.get<KubeObject>(findResource(kind)?.resource ?? kind, 'default', name);
  const pods = this.cluster.client.list<KubeObject>('pods', { namespace: 'default', labelSelector: selector }).items
    .filter((p) => !p.metadata.deletionTimestamp && p.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid));
  expect(pods).toHaveLength(n);
});
