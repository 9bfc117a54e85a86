// Component tests for the kubelet against a real API server on a virtual clock (no scheduler:
// pods are created already bound). They assert the events and status the kubelet writes.
import { test } from 'node:test';
import { expect } from 'expect';
import type { Event, Node, Pod } from 'kubernetes-types/core/v1';
import { ApiServer } from '../api/api-server.ts';
import { ApiClient } from '../client/api-client.ts';
import { EventRecorder } from '../client/event-recorder.ts';
import { InformerFactory } from '../client/informer-factory.ts';
import { VirtualClock } from '../clock/virtual-clock.ts';
import { Journal } from '../journal/journal.ts';
import { PodNetwork } from '../network/pod-network.ts';
import { SeededRandom } from '../random/seeded-random.ts';
import { ObjectStore } from '../store/object-store.ts';
import { Kubelet } from './kubelet.ts';

function harness() {
  const clock = new VirtualClock();
  const random = new SeededRandom(7);
  const journal = new Journal(() => clock.nowMs(), 'kubelet.test');
  const api = new ApiServer({ store: new ObjectStore(), clock, random: random.fork('kube-apiserver'), journal });
  const admin = new ApiClient(api, 'test');
  for (const ns of ['default', 'kube-node-lease']) admin.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  // ServiceAccount admission refuses pods until the namespace's default ServiceAccount exists.
  admin.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } });
  const client = new ApiClient(api, 'kubelet/node-1');
  const kubelet = new Kubelet({
    name: 'kubelet/node-1', client, network: new PodNetwork(), informers: new InformerFactory(client), clock, random: random.fork('kubelet/node-1'), journal,
    recorder: new EventRecorder(client, clock, journal, { component: 'kubelet', host: 'node-1' }),
  }, { name: 'node-1' }, 1);
  kubelet.start();
  clock.runDue();
  const createPod = (spec: Pod['spec'], name = 'web'): void => {
    admin.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName: 'node-1', ...spec } });
  };
  const events = (): string[] => admin.list<Event>('events', { namespace: 'default' }).items
    .map((e) => `${e.type} ${e.reason} ${e.involvedObject.fieldPath ?? ''} ${e.message ?? ''}`.replace(/\n$/, ''));
  const pod = (): Pod => admin.get<Pod>('pods', 'default', 'web');
  return { clock, admin, kubelet, createPod, events, pod };
}

test('a pod is pulled, created and started with the kubelet events, then Running and Ready', () => {
  const h = harness();
  h.createPod({ containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.10' }] });
  h.clock.advanceTo(5_000);
  expect(h.events()).toEqual([
    'Normal Pulling spec.containers{app} Pulling image "registry.k8s.io/pause:3.10"',
    'Normal Pulled spec.containers{app} Successfully pulled image "registry.k8s.io/pause:3.10" in 500ms (500ms including waiting). Image size: 320368 bytes.',
    'Normal Created spec.containers{app} Created container: app',
    'Normal Started spec.containers{app} Started container app',
  ]);
  const status = h.pod().status;
  expect(status?.phase).toBe('Running');
  expect(status?.podIP).toBe('10.244.1.2');
  expect(status?.hostIP).toBe('172.18.0.3');
  expect(status?.qosClass).toBe('BestEffort');
  expect(status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
    'PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True',
  ]);
  expect(status?.containerStatuses?.[0]).toMatchObject({ name: 'app', ready: true, started: true, restartCount: 0, state: { running: { startedAt: '2025-01-01T00:00:01Z' } } });
});

test('deletion stops containers (Killing) and removes the pod after the grace period', () => {
  const h = harness();
  h.createPod({ terminationGracePeriodSeconds: 5, containers: [{ name: 'app', image: 'busybox:1.36', command: ['sleep', '3600'] }] });
  h.clock.advanceTo(5_000);
  h.admin.delete('pods', 'default', 'web');
  h.clock.advanceTo(6_000);
  expect(h.events()).toContain('Normal Killing spec.containers{app} Stopping container app');
  expect(h.pod().metadata?.deletionTimestamp).toBeDefined();
  h.clock.advanceTo(11_000);
  expect(() => h.pod()).toThrow('pods "web" not found');
});

test('a stopped kubelet renews no Lease and restarts nothing', () => {
  const h = harness();
  h.createPod({ containers: [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 5; exit 1'] }] });
  h.clock.advanceTo(20_000);
  const renew = (): unknown => (h.admin.get<{ spec: { renewTime: string } }>('leases', 'kube-node-lease', 'node-1')).spec.renewTime;
  expect(renew()).toBe('2025-01-01T00:00:20.000000Z');
  h.kubelet.stop();
  const before = h.pod().status?.containerStatuses?.[0]?.restartCount;
  h.clock.advanceTo(120_000);
  expect(renew()).toBe('2025-01-01T00:00:20.000000Z');
  expect(h.pod().status?.containerStatuses?.[0]?.restartCount).toBe(before);
});

test('a restarted kubelet renews its Lease, posts its conditions afresh and takes its pods up again', () => {
  const h = harness();
  h.createPod({ containers: [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 5; exit 1'] }] });
  h.clock.advanceTo(20_000);
  h.kubelet.stop();
  // Someone (the node lifecycle controller) marks the silent node Unknown meanwhile.
  const node = h.admin.get<Node>('nodes', undefined, 'node-1');
  h.admin.updateStatus('nodes', { ...node, status: { ...node.status, conditions: node.status?.conditions?.map((c) => ({ ...c, status: 'Unknown', reason: 'NodeStatusUnknown' })) } });
  h.clock.advanceTo(120_000);
  const restarts = h.pod().status?.containerStatuses?.[0]?.restartCount ?? 0;
  h.kubelet.restart();
  h.clock.runDue();
  expect(h.admin.get<{ spec: { renewTime: string } }>('leases', 'kube-node-lease', 'node-1').spec.renewTime).toBe('2025-01-01T00:02:00.000000Z');
  expect(h.admin.get<Node>('nodes', undefined, 'node-1').status?.conditions?.map((c) => `${c.type} ${c.status} ${c.reason ?? ''} ${c.lastTransitionTime ?? ''}`)).toEqual([
    'MemoryPressure False KubeletHasSufficientMemory 2025-01-01T00:02:00Z', 'DiskPressure False KubeletHasNoDiskPressure 2025-01-01T00:02:00Z',
    'PIDPressure False KubeletHasSufficientPID 2025-01-01T00:02:00Z', 'Ready True KubeletReady 2025-01-01T00:02:00Z',
  ]);
  h.clock.advanceTo(200_000);
  expect(h.pod().status?.containerStatuses?.[0]?.restartCount).toBeGreaterThan(restarts);
  expect(h.admin.get<{ spec: { renewTime: string } }>('leases', 'kube-node-lease', 'node-1').spec.renewTime).toBe('2025-01-01T00:03:20.000000Z');
});

test('fault hooks: unknown pods and containers are named in the error', () => {
  const h = harness();
  expect(() => h.kubelet.crashContainer('default', 'nope', 'app', 1)).toThrow('pod "default/nope" is not running on node "node-1"');
  h.createPod({ containers: [{ name: 'app', image: 'nginx:1.27' }] });
  h.clock.advanceTo(10_000);
  expect(() => h.kubelet.setProbeFault('default', 'web', 'db', 'liveness', true)).toThrow('pod "default/web" has no container "db"');
});

test('image pulls are serialized per node: the second pull reports its waiting time', () => {
  const h = harness();
  h.createPod({ containers: [{ name: 'a', image: 'nginx:1.27' }] }, 'first');
  h.createPod({ containers: [{ name: 'b', image: 'httpd:2.4' }] }, 'second');
  h.clock.advanceTo(10_000);
  expect(h.events().filter((e) => e.includes('Successfully pulled'))).toEqual([
    'Normal Pulled spec.containers{a} Successfully pulled image "nginx:1.27" in 2s (2s including waiting). Image size: 72223946 bytes.',
    'Normal Pulled spec.containers{b} Successfully pulled image "httpd:2.4" in 2s (4s including waiting). Image size: 58734221 bytes.',
  ]);
});

test('a repeat pull of an image whose layers just arrived only resolves the manifest', () => {
  const h = harness();
  h.createPod({ containers: [{ name: 'a', image: 'nginx' }] }, 'first');
  h.createPod({ containers: [{ name: 'b', image: 'nginx' }] }, 'second');
  h.clock.advanceTo(10_000);
  expect(h.events().filter((e) => e.includes('Successfully pulled'))).toEqual([
    'Normal Pulled spec.containers{a} Successfully pulled image "nginx" in 2s (2s including waiting). Image size: 72223946 bytes.',
    'Normal Pulled spec.containers{b} Successfully pulled image "nginx" in 200ms (2.2s including waiting). Image size: 72223946 bytes.',
  ]);
});

test('a missing ConfigMap is CreateContainerConfigError until it exists; env and files come from it', () => {
  const h = harness();
  h.createPod({
    containers: [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'echo $MODE; sleep 3600'],
      env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'mode' } } }],
      volumeMounts: [{ name: 'cfg', mountPath: '/etc/config' }] }],
    volumes: [{ name: 'cfg', configMap: { name: 'app-config', optional: true } }],
  });
  h.clock.advanceTo(5_000);
  expect(h.events()).toContain('Warning Failed spec.containers{app} Error: configmap "app-config" not found');
  expect(h.pod().status?.containerStatuses?.[0]?.state).toEqual({ waiting: { reason: 'CreateContainerConfigError', message: 'configmap "app-config" not found' } });
  h.admin.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default' }, data: { mode: 'fast' } });
  h.clock.advanceTo(20_000);
  expect(h.pod().status?.containerStatuses?.[0]?.state?.running).toBeDefined();
  expect(h.kubelet.containerEnv('default', 'web', 'app').get('MODE')).toBe('fast');
  expect(h.kubelet.logs('default', 'web', 'app')).toEqual(['fast']);
  expect(h.kubelet.containerFile('default', 'web', 'app', '/etc/config/mode')).toBe('fast');
  h.admin.patch('configmaps', 'default', 'app-config', 'merge', { data: { mode: 'slow' } });
  h.clock.advanceTo(100_000);
  expect(h.kubelet.containerFile('default', 'web', 'app', '/etc/config/mode')).toBe('slow');
  expect(h.kubelet.containerEnv('default', 'web', 'app').get('MODE')).toBe('fast');
});

test('a missing configMap volume holds the pod with FailedMount until the ConfigMap exists', () => {
  const h = harness();
  h.createPod({
    containers: [{ name: 'app', image: 'busybox:1.36', command: ['sleep', '3600'], volumeMounts: [{ name: 'cfg', mountPath: '/etc/config' }] }],
    volumes: [{ name: 'cfg', configMap: { name: 'app-config' } }],
  });
  h.clock.advanceTo(5_000);
  expect(h.events()).toContain('Warning FailedMount  MountVolume.SetUp failed for volume "cfg" : configmap "app-config" not found');
  expect(h.pod().status?.containerStatuses?.[0]?.state).toEqual({ waiting: { reason: 'ContainerCreating' } });
  h.admin.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default' }, data: { mode: 'fast' } });
  h.clock.advanceTo(20_000);
  expect(h.kubelet.containerFile('default', 'web', 'app', '/etc/config/mode')).toBe('fast');
});
