// Steps for pod health: container states, restarts, readiness, phases, events, container
// behaviours, and fault injection (crash, probe failure and recovery, unpullable image, a
// kubelet that stops). Each fault is journaled by the kubelet (verb `fault`).
import { expect } from 'expect';
import { defineStep } from './support/define.ts';
import { allKubelets, containerStatusOf, getPod, kubeletOf, NAMESPACE, podEvents, stateOf } from './support/pod-lookup.ts';
import { readProjectFile } from './support/project-files.ts';
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
  const yaml = readProjectFile(path);
  for (const k of allKubelets(this)) k.addBehaviours(yaml, path);
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
  pattern: 'the container {string} of pod {string} is {word}',
  description: 'The container\'s state: `running`, or `waiting`/`terminated` (any reason).',
  example: 'Then the container "app" of pod "web" is running',
}, function (this: KubespecWorld, container: string, pod: string, state: string) {
  expect(stateOf(containerStatusOf(this, pod, container)).split(' ')[0]).toBe(state);
});

defineStep({
  pattern: 'the container {string} of pod {string} is {word} with reason {string}',
  description: 'The container is waiting or terminated with exactly this reason (CrashLoopBackOff, ImagePullBackOff, OOMKilled ...).',
  example: 'Then the container "app" of pod "web" is waiting with reason "CrashLoopBackOff"',
}, function (this: KubespecWorld, container: string, pod: string, state: string, reason: string) {
  expect(stateOf(containerStatusOf(this, pod, container))).toBe(`${state} ${reason}`);
});

defineStep({
  pattern: 'the container {string} of pod {string} has restarted {int} time(s)',
  description: 'The container\'s restartCount.',
  example: 'Then the container "app" of pod "web" has restarted 2 times',
}, function (this: KubespecWorld, container: string, pod: string, count: number) {
  expect(containerStatusOf(this, pod, container).restartCount).toBe(count);
});

defineStep({
  pattern: 'the container {string} of pod {string} has restarted at least {int} time(s)',
  description: 'The container\'s restartCount is at least the number (conformance tests check monotonic growth this way).',
  example: 'Then the container "app" of pod "web" has restarted at least 3 times',
}, function (this: KubespecWorld, container: string, pod: string, count: number) {
  expect(containerStatusOf(this, pod, container).restartCount).toBeGreaterThanOrEqual(count);
});

defineStep({
  pattern: 'the pod {string} has host IP {string}',
  description: 'The pod\'s status.hostIP (the node\'s InternalIP: 172.18.0.<n+2> for node-n, as kind lays them out).',
  example: 'Then the pod "web" has host IP "172.18.0.3"',
}, function (this: KubespecWorld, pod: string, ip: string) {
  expect(getPod(this, pod).status?.hostIP).toBe(ip);
});

defineStep({
  pattern: 'the container {string} of pod {string} last terminated with reason {string} and exit code {int}',
  description: 'The container\'s lastState.terminated reason and exit code.',
  example: 'Then the container "app" of pod "web" last terminated with reason "Error" and exit code 137',
}, function (this: KubespecWorld, container: string, pod: string, reason: string, exitCode: number) {
  const t = containerStatusOf(this, pod, container).lastState?.terminated;
  expect({ reason: t?.reason, exitCode: t?.exitCode }).toEqual({ reason, exitCode });
});

defineStep({
  pattern: 'the waiting message of container {string} of pod {string} starts with {string}',
  description: 'The start of the container\'s state.waiting.message (the pod UID that follows varies with the seed).',
  example: 'Then the waiting message of container "app" of pod "web" starts with "back-off 20s restarting failed container=app pod=web_default("',
}, function (this: KubespecWorld, container: string, pod: string, text: string) {
  expect(containerStatusOf(this, pod, container).state?.waiting?.message ?? '').toMatch(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});

defineStep({
  pattern: 'the pod {string} has phase {string}',
  description: 'The pod\'s status.phase.',
  example: 'Then the pod "job-1" has phase "Succeeded"',
}, function (this: KubespecWorld, pod: string, phase: string) {
  expect(getPod(this, pod).status?.phase).toBe(phase);
});

defineStep({
  pattern: 'the pod {string} has condition {word} {word}',
  description: 'A pod condition\'s status (True or False).',
  example: 'Then the pod "web" has condition Ready False',
}, function (this: KubespecWorld, pod: string, type: string, status: string) {
  expect(getPod(this, pod).status?.conditions?.find((c) => c.type === type)?.status).toBe(status);
});

defineStep({
  pattern: 'the pod {string} has condition {word} {word} with reason {string} and message {string}',
  description: 'A pod condition\'s status, reason and message, exactly (message "" when it has none).',
  example: 'Then the pod "web" has condition Ready False with reason "ContainersNotReady" and message "containers with unready status: [app]"',
}, function (this: KubespecWorld, pod: string, type: string, status: string, reason: string, message: string) {
  const c = getPod(this, pod).status?.conditions?.find((x) => x.type === type);
  expect({ status: c?.status, reason: c?.reason, message: c?.message ?? '' }).toEqual({ status, reason, message });
});

defineStep({
  pattern: 'the pod {string} has an event {string}',
  description: 'The pod has an event `Reason: message` (exact), from the kubelet or the scheduler.',
  example: 'Then the pod "web" has an event "Killing: Container app failed liveness probe, will be restarted"',
}, function (this: KubespecWorld, pod: string, event: string) {
  expect(podEvents(this, pod)).toContain(event);
});

defineStep({
  pattern: 'the pod {string} has no event {string}',
  description: 'No event `Reason: message` (exact) was recorded for the pod.',
  example: 'Then the pod "web" has no event "Killing: Stopping container app"',
}, function (this: KubespecWorld, pod: string, event: string) {
  expect(podEvents(this, pod)).not.toContain(event);
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
  pattern: 'the image {string} becomes unpullable',
  description: 'Fault: every node fails to pull the image from now on (ErrImagePull, then ImagePullBackOff).',
  example: 'Given the image "example.com/app:2" becomes unpullable',
}, function (this: KubespecWorld, image: string) {
  for (const k of allKubelets(this)) k.setImageUnpullable(image);
});

defineStep({
  pattern: 'the pod {string} is deleted',
  description: 'Deletes the pod with its default grace period (terminationGracePeriodSeconds); the kubelet stops its containers and removes it.',
  example: 'When the pod "web" is deleted',
}, function (this: KubespecWorld, pod: string) {
  this.cluster.client.delete('pods', NAMESPACE, pod);
});

defineStep({
  pattern: 'the pod {string} no longer exists',
  description: 'A GET of the pod answers NotFound.',
  example: 'Then the pod "web" no longer exists',
}, function (this: KubespecWorld, pod: string) {
  expect(() => getPod(this, pod)).toThrow(`pods "${pod}" not found`);
});

defineStep({
  pattern: 'the kubelet on node {string} stops',
  description: 'Fault: the node\'s kubelet stops: no more heartbeats (Lease, node status), pod status updates, probes or restarts.',
  example: 'When the kubelet on node "node-2" stops',
}, function (this: KubespecWorld, node: string) {
  const k = this.cluster.kubelet(node);
  if (!k) throw new Error(`no node "${node}"`);
  k.stop();
});

function probeKind(word: string): 'liveness' | 'readiness' | 'startup' {
  if (word === 'liveness' || word === 'readiness' || word === 'startup') return word;
  throw new Error(`unknown probe "${word}": use liveness, readiness or startup`);
}
