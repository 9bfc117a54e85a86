// A control plane for the node lifecycle and taint eviction tests (test-only helper): a real API
// server on a virtual clock, the chosen controllers over one shared informer factory, nodes
// registered as a kubelet would (Ready True, a Lease in kube-node-lease) but with no kubelet, so
// each test decides which nodes keep renewing their Lease. `actions(component)` lists what that
// component did, as `verb Kind name` or `event Kind name Reason: message` (writes() and events() split them).
import type { Node, Pod, Toleration } from 'kubernetes-types/core/v1';
import { ApiServer } from '../../api/api-server.ts';
import { ApiClient } from '../../client/api-client.ts';
import { EventRecorder } from '../../client/event-recorder.ts';
import { InformerFactory } from '../../client/informer-factory.ts';
import { formatMicroTimestamp, formatTimestamp } from '../../clock/timestamp.ts';
import { VirtualClock } from '../../clock/virtual-clock.ts';
import { Journal } from '../../journal/journal.ts';
import { PodNetwork } from '../../network/pod-network.ts';
import { SeededRandom } from '../../random/seeded-random.ts';
import { ObjectStore } from '../../store/object-store.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';

export function harness(controllers: ControllerDefinition[]) {
  const clock = new VirtualClock();
  const random = new SeededRandom(11);
  const journal = new Journal(() => clock.nowMs(), 'node-lifecycle.test');
  const api = new ApiServer({ store: new ObjectStore(), clock, random: random.fork('kube-apiserver'), journal });
  const admin = new ApiClient(api, 'test');
  for (const ns of ['default', 'kube-node-lease']) admin.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  admin.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } });
  const informers = new InformerFactory(new ApiClient(api, 'kube-controller-manager'));
  const network = new PodNetwork();
  const contextFor = (name: string): ControllerContext => {
    const client = new ApiClient(api, name);
    return { name, client, informers, clock, random: random.fork(name), journal, network, recorder: new EventRecorder(client, clock, journal, { component: name }) };
  };
  for (const def of controllers) def.start(contextFor(def.name));
  informers.start();
  clock.runDue();

  const silenced = new Set<string>();
  /** The node's "kubelet" stops renewing its Lease. */
  const silence = (name: string): void => { silenced.add(name); };
  /** The kubelet posts Ready True again with a fresh heartbeat, as one that came back would. */
  const postReady = (name: string): void => {
    const n = admin.get<Node>('nodes', undefined, name);
    const now = formatTimestamp(clock.nowMs());
    const conditions = (n.status?.conditions ?? []).map((c) => (c.type === 'Ready'
      ? { ...c, status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: now, lastTransitionTime: now } : c));
    admin.updateStatus('nodes', { ...n, status: { ...n.status, conditions } });
    clock.runDue();
  };
  const renew = (name: string): void => {
    const lease = admin.get<{ spec: Record<string, unknown> } & Record<string, unknown>>('leases', 'kube-node-lease', name);
    admin.update('leases', { ...lease, spec: { ...lease.spec, renewTime: formatMicroTimestamp(clock.nowMs()) } });
  };
  /** Registers a node; `alive` keeps its Lease renewed every 10 s, as a running kubelet does. */
  const addNode = (name: string, opts: { labels?: Record<string, string>; alive?: boolean; unschedulable?: boolean } = {}): void => {
    const now = formatTimestamp(clock.nowMs());
    const condition = (type: string, status: string) => ({ type, status, reason: `Kubelet${type}`, message: type, lastHeartbeatTime: now, lastTransitionTime: now });
    admin.create('nodes', {
      apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name, ...opts.labels } },
      spec: opts.unschedulable ? { unschedulable: true } : {},
      status: { conditions: [condition('MemoryPressure', 'False'), condition('DiskPressure', 'False'), condition('PIDPressure', 'False'), condition('Ready', 'True')] },
    });
    admin.create('leases', {
      apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name, namespace: 'kube-node-lease' },
      spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: formatMicroTimestamp(clock.nowMs()) },
    });
    if (opts.alive) {
      const tick = (): void => {
        if (silenced.has(name)) return;
        renew(name);
        clock.schedule(10_000, `kubelet/${name}`, tick, 'timer');
      };
      clock.schedule(10_000, `kubelet/${name}`, tick, 'timer');
    }
    clock.runDue();
  };
  /** A running, Ready pod bound to the node. */
  const addPod = (name: string, nodeName: string, tolerations?: Toleration[]): void => {
    admin.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName, containers: [{ name: 'app', image: 'nginx:1.27' }], ...(tolerations ? { tolerations } : {}) } });
    const pod = admin.get<Pod>('pods', 'default', name);
    const now = formatTimestamp(clock.nowMs());
    admin.updateStatus('pods', { ...pod, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: now }] } });
    clock.runDue();
  };
  const node = (name: string): Node => admin.get<Node>('nodes', undefined, name);
  const pod = (name: string): Pod => admin.get<Pod>('pods', 'default', name);
  const taints = (name: string): string[] => (node(name).spec?.taints ?? []).map((t) => `${t.key}:${t.effect}@${t.timeAdded ?? ''}`);
  const actions = (component: string, fromMs = 0): string[] => journal.entries()
    .filter((e) => e.component === component && e.t >= fromMs && e.kind !== 'Event')
    .map((e) => (e.verb === 'event' ? `event ${e.kind ?? ''} ${e.name ?? ''} ${e.reason ?? ''}: ${e.message ?? ''}` : `${e.verb} ${e.kind ?? ''} ${e.name ?? ''}`));
  const writes = (component: string, fromMs = 0): string[] => actions(component, fromMs).filter((a) => !a.startsWith('event '));
  const events = (component: string, fromMs = 0): string[] => actions(component, fromMs).filter((a) => a.startsWith('event '));
  return { clock, admin, journal, addNode, addPod, renew, silence, postReady, node, pod, taints, actions, writes, events };
}
