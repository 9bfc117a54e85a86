// Steps for pod health: container behaviours (catalogue layers from a docstring or a file),
// timing relative to a container's start, and fault injection (crash, probe failure and
// recovery, unpullable image, pod deletion and eviction, a kubelet that stops). Kubelet faults are
// journaled by the kubelet, evictions by the step (verb `fault`). Status assertions live in pods.steps.ts.
import { expect } from 'expect';
import { parseImageRef } from '../engine/kubelet/behaviour/image-ref.ts';
import { defineStep } from './support/define.ts';
import { isStatusError } from '../engine/api/errors.ts';
import { allKubelets, kubeletOf, NAMESPACE } from './support/pod-lookup.ts';
import { podsOf } from './support/workloads.ts';
import { readProjectFile } from './support/project-files.ts';
import { loadFixture } from './support/fixture-problems.ts';
import type { KubespecWorld } from './support/world.ts';

/** The error of the last "I try to ..." step of each scenario. */
const lastError = new WeakMap<KubespecWorld, string>();

defineStep({
  pattern: 'the image behaviours:',
  description: 'Adds a behaviour catalogue layer (YAML, the format of fixtures/behaviours/catalogue.yaml) to every node; it takes precedence over the built-in catalogue.',
  example: 'Given the image behaviours:\n  """\n  images:\n    - match: example.com/web:*\n      ports: [{ port: 8080, http: { /healthz: 200 } }]\n  """',
}, function (this: KubespecWorld, yaml: string) {
  for (const k of allKubelets(this)) k.addBehaviours(yaml, `${this.scenarioId} (image behaviours)`);
});

defineStep({
  pattern: 'the image behaviours from {string}',
  description: 'Adds a behaviour catalogue file of the project (same format as the built-in one) to every node; errors name the file, line and field.',
  example: 'Given the image behaviours from "fixtures/behaviours/flaky-web.yaml"',
}, function (this: KubespecWorld, path: string) {
  loadFixture(path, (yaml) => { for (const k of allKubelets(this)) k.addBehaviours(yaml, path); });
});

defineStep({
  pattern: 'I try to load the image behaviours from {string}',
  description: 'Like "the image behaviours from", but a refused catalogue is remembered for "the error is:" instead of failing the step.',
  example: 'When I try to load the image behaviours from "fixtures/behaviours/broken.yaml"',
}, function (this: KubespecWorld, path: string) {
  try {
    const yaml = readProjectFile(path);
    for (const k of allKubelets(this)) k.addBehaviours(yaml, path);
    lastError.delete(this);
  } catch (e) {
    lastError.set(this, e instanceof Error ? e.message : String(e));
  }
});

defineStep({
  pattern: 'the error is:',
  description: 'The last "try" step failed with exactly this message.',
  example: 'Then the error is:\n  """\n  invalid behaviour catalogue:\n    x.yaml:3:5: images[0].match: ...\n  """',
}, function (this: KubespecWorld, text: string) {
  expect(lastError.get(this)).toBe(text);
});

defineStep({
  pattern: '{duration} pass(es) after the container {string} of pod {string} started',
  description: 'Advances virtual time to exactly this long after the container\'s current run started.',
  example: 'When 80 seconds pass after the container "app" of pod "web" started',
}, function (this: KubespecWorld, durationMs: number, container: string, pod: string) {
  const started = kubeletOf(this, pod).containerStartedAtMs(NAMESPACE, pod, container);
  if (started === undefined) throw new Error(`container "${container}" of pod "${pod}" is not running`);
  this.cluster.clock.advanceTo(started + durationMs);
});

defineStep({
  pattern: 'the container {string} of pod {string} crashes with exit code {int}',
  description: 'Fault: the running container exits now with the exit code.',
  example: 'When the container "app" of pod "web" crashes with exit code 1',
}, function (this: KubespecWorld, container: string, pod: string, exitCode: number) {
  kubeletOf(this, pod).crashContainer(NAMESPACE, pod, container, exitCode);
});

defineStep({
  pattern: 'the {word} probe of container {string} of pod {string} starts failing',
  description: 'Fault: the liveness, readiness or startup probe fails from now on (until it recovers or the container restarts).',
  example: 'When the readiness probe of container "app" of pod "web" starts failing',
}, function (this: KubespecWorld, probe: string, container: string, pod: string) {
  kubeletOf(this, pod).setProbeFault(NAMESPACE, pod, container, probeKind(probe), true);
});

defineStep({
  pattern: 'the {word} probe of container {string} of pod {string} recovers',
  description: 'Fault cleared: the probe answers from the container\'s behaviour again.',
  example: 'When the readiness probe of container "app" of pod "web" recovers',
}, function (this: KubespecWorld, probe: string, container: string, pod: string) {
  kubeletOf(this, pod).setProbeFault(NAMESPACE, pod, container, probeKind(probe), undefined);
});

defineStep({
  pattern: '{duration} from now, the container {string} of pod {string} crashes with exit code {int}',
  description: 'Fault at a later virtual instant: the container exits then with the exit code (if it is running at that moment).',
  example: 'Given 90 seconds from now, the container "app" of pod "web" crashes with exit code 137',
}, function (this: KubespecWorld, delayMs: number, container: string, pod: string, exitCode: number) {
  const k = kubeletOf(this, pod);
  k.later(delayMs, () => k.crashContainer(NAMESPACE, pod, container, exitCode));
});

defineStep({
  pattern: '{duration} from now, the {word} probe of container {string} of pod {string} starts failing',
  description: 'Fault at a later virtual instant: from then on the probe fails (until it recovers or the container restarts).',
  example: 'Given 1 minute from now, the liveness probe of container "app" of pod "web" starts failing',
}, function (this: KubespecWorld, delayMs: number, probe: string, container: string, pod: string) {
  const k = kubeletOf(this, pod);
  const kind = probeKind(probe);
  k.later(delayMs, () => k.setProbeFault(NAMESPACE, pod, container, kind, true));
});

defineStep({
  pattern: 'the image {string} becomes unpullable',
  description: 'Fault: every node fails to pull the image from now on (ErrImagePull, then ImagePullBackOff).',
  example: 'Given the image "example.com/app:2" becomes unpullable',
}, function (this: KubespecWorld, image: string) {
  const parsed = parseImageRef(image);
  if (!parsed.ok) throw new Error(`the image reference "${image}" in this step is not valid: ${parsed.message}`);
  for (const k of allKubelets(this)) k.setImageUnpullable(image);
});

defineStep({
  pattern: 'the pod {string} is deleted',
  description: 'Deletes the pod with its default grace period (terminationGracePeriodSeconds); the kubelet stops its containers and removes it.',
  example: 'When the pod "web" is deleted',
}, function (this: KubespecWorld, pod: string) {
  this.cluster.client.delete('pods', NAMESPACE, pod);
});

/** The pod of the last "a pod of deployment ... is evicted" step of each scenario. */
const lastEvicted = new WeakMap<KubespecWorld, string>();

/** The Deployment's first pod by name that is not being deleted (a deterministic choice). */
function firstPodOf(world: KubespecWorld, deployment: string): string {
  const pod = podsOf(world, deployment).filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name ?? '').sort()[0];
  if (pod === undefined) throw new Error(`deployment "${deployment}" has no pod to evict`);
  return pod;
}

function evict(world: KubespecWorld, pod: string): void {
  world.cluster.journal.record({ component: 'kubespec', verb: 'fault', kind: 'Pod', namespace: NAMESPACE, name: pod, message: 'evicted through the pods/eviction subresource' });
  world.cluster.client.evict(NAMESPACE, pod);
}

defineStep({
  pattern: 'pod {string} is evicted',
  description: 'Fault: evicts the pod through the pods/eviction subresource (PodDisruptionBudgets are honoured; the pod gets DisruptionTarget and is deleted gracefully). A refused eviction fails the step.',
  example: 'When pod "web" is evicted',
}, function (this: KubespecWorld, pod: string) {
  evict(this, pod);
});

defineStep({
  pattern: 'a pod of deployment {string} is evicted',
  description: 'Fault: evicts the Deployment\'s first pod by name that is not being deleted (remembered for "the evicted pod has condition ...").',
  example: 'When a pod of deployment "web" is evicted',
}, function (this: KubespecWorld, deployment: string) {
  const pod = firstPodOf(this, deployment);
  lastEvicted.set(this, pod);
  evict(this, pod);
});

defineStep({
  pattern: 'the evicted pod has condition {word} {word} with reason {string} and message {string}',
  description: 'The pod of the last "a pod of deployment ... is evicted" step (while it terminates) has this condition.',
  example: 'Then the evicted pod has condition DisruptionTarget True with reason "EvictionByEvictionAPI" and message "Eviction API: evicting"',
}, function (this: KubespecWorld, type: string, status: string, reason: string, message: string) {
  const name = lastEvicted.get(this);
  if (name === undefined) throw new Error('no pod was evicted in this scenario');
  const pod = this.cluster.client.get<{ status?: { conditions?: { type: string }[] } }>('pods', NAMESPACE, name);
  expect(pod.status?.conditions?.find((c) => c.type === type)).toMatchObject({ type, status, reason, message });
});

/** Evicts like `kubectl drain` does; the outcome becomes the last command, worded like kubectl. */
function tryEvict(world: KubespecWorld, pod: string): void {
  try {
    world.cluster.client.evict(NAMESPACE, pod);
    world.lastCommand = { stdout: `pod/${pod} evicted\n`, stderr: '', exitCode: 0 };
  } catch (e) {
    if (!isStatusError(e)) throw e;
    world.lastCommand = { stdout: '', stderr: `Error from server (${e.reason}): ${e.message}\n`, exitCode: 1 };
  }
}

defineStep({
  pattern: 'I try to evict pod {string}',
  description: 'Evicts the pod through the pods/eviction subresource; a refusal is kept for "the command fails with".',
  example: 'When I try to evict pod "web"',
}, function (this: KubespecWorld, pod: string) {
  tryEvict(this, pod);
});

defineStep({
  pattern: 'I try to evict a pod of deployment {string}',
  description: 'Like "I try to evict pod", for the Deployment\'s first pod by name that is not being deleted.',
  example: 'When I try to evict a pod of deployment "web"',
}, function (this: KubespecWorld, deployment: string) {
  tryEvict(this, firstPodOf(this, deployment));
});

defineStep({
  pattern: 'the kubelet on node {string} stops',
  description: 'Fault: the node\'s kubelet stops (the node is lost): no more heartbeats (Lease, node status), pod status updates, probes or restarts; its containers keep running. The node lifecycle controller marks the Node Unknown once it has heard nothing for the 50 s grace period (NodeStatusUnknown), taints it unreachable (NoSchedule, then NoExecute) and marks its pods not ready, so they leave Service endpoints; the taint eviction controller deletes them after their tolerationSeconds (300 s by default), and they stay Terminating while the kubelet is gone.',
  example: 'When the kubelet on node "node-2" stops',
}, function (this: KubespecWorld, node: string) {
  const k = this.cluster.kubelet(node);
  if (!k) throw new Error(`no node "${node}"`);
  k.stop();
});

defineStep({
  pattern: 'the kubelet on node {string} starts again',
  description: 'The stopped kubelet restarts (the node comes back): it renews its Lease and posts Ready at once, takes up the containers that kept running and syncs its pods (those deleted meanwhile finish terminating). The node lifecycle controller then removes the unreachable taints and the taint eviction controller cancels pending deletions.',
  example: 'When the kubelet on node "node-2" starts again',
}, function (this: KubespecWorld, node: string) {
  const k = this.cluster.kubelet(node);
  if (!k) throw new Error(`no node "${node}"`);
  if (!k.stopped) throw new Error(`the kubelet on node "${node}" is running`);
  k.restart();
});

function probeKind(word: string): 'liveness' | 'readiness' | 'startup' {
  if (word === 'liveness' || word === 'readiness' || word === 'startup') return word;
  throw new Error(`unknown probe "${word}": use liveness, readiness or startup`);
}
