// Steps that read a pod's status as the kubelet reports it: container states and reasons,
// restart counts, last termination, phase, conditions, host IP and the pod's events.
import { expect } from 'expect';
import { defineStep } from './support/define.ts';
import { containerStatusOf, getPod, kubeletOf, NAMESPACE, podEvents, stateOf } from './support/pod-lookup.ts';
import type { KubespecWorld } from './support/world.ts';

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
  pattern: 'the pod {string} no longer exists',
  description: 'A GET of the pod answers NotFound.',
  example: 'Then the pod "web" no longer exists',
}, function (this: KubespecWorld, pod: string) {
  expect(() => getPod(this, pod)).toThrow(`pods "${pod}" not found`);
});

defineStep({
  pattern: 'the pod {string} has status reason {string} and message {string}',
  description: 'The pod\'s status.reason and status.message (e.g. DeadlineExceeded, Evicted).',
  example: 'Then the pod "web" has status reason "DeadlineExceeded" and message "Pod was active on the node longer than the specified deadline"',
}, function (this: KubespecWorld, pod: string, reason: string, message: string) {
  const s = getPod(this, pod).status;
  expect({ reason: s?.reason, message: s?.message }).toEqual({ reason, message });
});

defineStep({
  pattern: 'the pod {string} is given activeDeadlineSeconds {int}',
  description: 'Merge-patches spec.activeDeadlineSeconds of a pod (allowed on a running pod, as in the conformance test).',
  example: 'When the pod "web" is given activeDeadlineSeconds 5',
}, function (this: KubespecWorld, pod: string, seconds: number) {
  this.cluster.client.patch('pods', 'default', pod, 'merge', { spec: { activeDeadlineSeconds: seconds } });
});

defineStep({
  pattern: 'the container {string} of pod {string} saw env {string} = {string}',
  description: 'The environment the container\'s current run was started with (env, envFrom, configMapKeyRef, secretKeyRef resolved by the kubelet).',
  example: 'Then the container "app" of pod "web" saw env "MODE" = "fast"',
}, function (this: KubespecWorld, container: string, pod: string, name: string, value: string) {
  expect(kubeletOf(this, pod).containerEnv(NAMESPACE, pod, container).get(name)).toBe(value);
});

defineStep({
  pattern: 'the container {string} of pod {string} has no env {string}',
  description: 'The variable is not in the environment of the container\'s current run (an optional reference that did not resolve).',
  example: 'Then the container "app" of pod "web" has no env "LEVEL"',
}, function (this: KubespecWorld, container: string, pod: string, name: string) {
  expect(kubeletOf(this, pod).containerEnv(NAMESPACE, pod, container).has(name)).toBe(false);
});

defineStep({
  pattern: 'the container {string} of pod {string} has file {string} containing {string}',
  description: 'A file in the running container\'s simulated filesystem has exactly this content (configMap/secret/projected volumes are files `<mountPath>/<key>`).',
  example: 'Then the container "app" of pod "web" has file "/etc/config/mode" containing "fast"',
}, function (this: KubespecWorld, container: string, pod: string, path: string, content: string) {
  expect(kubeletOf(this, pod).containerFile(NAMESPACE, pod, container, path)).toBe(content);
});

defineStep({
  pattern: 'the container {string} of pod {string} has logged {string}',
  description: 'One of the lines the container has written so far (stdout and stderr) is exactly this text.',
  example: 'Then the container "app" of pod "web" has logged "mode=fast"',
}, function (this: KubespecWorld, container: string, pod: string, line: string) {
  expect(kubeletOf(this, pod).logs(NAMESPACE, pod, container)).toContain(line);
});
