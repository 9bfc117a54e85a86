// The composition root: one simulated cluster per scenario. It wires the store, the API server,
// kube-controller-manager's controllers, the scheduler and one kubelet per node onto a single
// virtual clock and seeded random source, bootstraps the default namespaces, and offers what
// steps need: add nodes, apply manifests, run kubectl, let time pass, and settle.
import { VirtualClock } from './clock/virtual-clock.ts';
import { Journal } from './journal/journal.ts';
import { SeededRandom } from './random/seeded-random.ts';
import { ObjectStore } from './store/object-store.ts';
import { ApiServer } from './api/api-server.ts';
import { ApiClient } from './client/api-client.ts';
import { InformerFactory } from './client/informer-factory.ts';
import { controllers } from './controllers/index.ts';
import { DEFAULT_CONTROLLERS, enabledControllers } from './controllers/enabled-controllers.ts';
import { startScheduler } from './scheduler/scheduler.ts';
import { Kubelet } from './kubelet/kubelet.ts';
import type { NodeSpec } from './kubelet/node-spec.ts';
import { runKubectl } from './kubectl/kubectl.ts';
import type { KubectlResult } from './kubectl/kubectl-context.ts';
import { componentContext, type ControlPlane } from './components.ts';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { PodNetwork } from './network/pod-network.ts';
import { ServiceProxy } from './proxy/service-proxy.ts';
import type { BalancingMode } from './proxy/endpoint-selection.ts';
import { bootstrapObjects } from './api/bootstrap.ts';
import { SERVICE_CIDR } from './api/service/service-allocation.ts';
import { addressAt, parseCidr } from './api/service/cidr.ts';
import { settle, type SettleOptions } from './settle.ts';
import type { AdmissionFlags } from './api/admission/enabled-plugins.ts';
import { InvariantChecker } from './invariants/checker.ts';
import { invariantLibrary } from './invariants/library/index.ts';
import { StateHistory } from './invariants/state-history.ts';

export interface ClusterOptions {
  seed: number;
  /** Scenario id written on every journal line (`features/x.feature:12`). */
  scenario?: string;
  /** Reads a project file for `kubectl -f`; the steps layer confines it to the project. */
  readFile?: (path: string) => string;
  /** How kube-proxy picks an endpoint: 'random' (iptables mode, the default) or 'round-robin' (ipvs rr). */
  proxyMode?: BalancingMode;
  /**
   * kube-controller-manager's `--controllers` (default `["*"]`): e.g. `["*", "-garbage-collector-controller"]`
   * runs all but the garbage collector; `["serviceaccount-controller"]` only that one.
   */
  controllers?: readonly string[] | undefined;
  /**
   * kube-apiserver's `--enable-admission-plugins` / `--disable-admission-plugins`: e.g.
   * `{ disable: ['ResourceQuota'] }` runs the default chain without quota admission.
   */
  admissionPlugins?: AdmissionFlags | undefined;
}

export class Cluster implements ControlPlane {
  readonly clock = new VirtualClock();
  readonly random: SeededRandom;
  readonly journal: Journal;
  readonly store = new ObjectStore();
  readonly network = new PodNetwork();
  readonly api: ApiServer;
  /** The client steps use for direct reads and writes (`kubespec` in the journal). */
  readonly client: ApiClient;
  /** kube-proxy and cluster DNS: how requests to Services reach pods. */
  readonly proxy: ServiceProxy;
  /** The store's past, for assertions over time. */
  readonly history: StateHistory;
  /** The invariant library, checked at every write and whenever the cluster settles. */
  readonly invariants: InvariantChecker;
  private readonly kubelets = new Map<string, Kubelet>();
  private readonly files = new Map<string, string>();

  constructor(private readonly options: ClusterOptions) {
    this.random = new SeededRandom(options.seed);
    this.journal = new Journal(() => this.clock.nowMs(), options.scenario ?? '');
    this.api = new ApiServer({ store: this.store, clock: this.clock, random: this.random.fork('kube-apiserver'), journal: this.journal, admission: options.admissionPlugins });
    this.client = new ApiClient(this.api, 'kubespec');
    this.history = new StateHistory(this.store, () => this.clock.nowMs());
    this.invariants = new InvariantChecker(this.store, () => this.clock.nowMs(), invariantLibrary);
    const apiserver = new ApiClient(this.api, 'kube-apiserver');
    for (const [resource, obj] of bootstrapObjects(addressAt(parseCidr(SERVICE_CIDR), 0))) apiserver.create(resource, obj);
    // kube-controller-manager runs every controller in one process over one SharedInformerFactory
    // (cmd/kube-controller-manager/app/controllermanager.go → CreateControllerContext), so one
    // cache per resource serves them all; each controller still writes with its own client.
    const managerInformers = new InformerFactory(new ApiClient(this.api, 'kube-controller-manager'));
    for (const def of enabledControllers(controllers, options.controllers ?? DEFAULT_CONTROLLERS)) {
      def.start(componentContext(this, def.name, { informers: managerInformers }));
    }
    managerInformers.start();
    const schedulerCtx = componentContext(this, 'default-scheduler', { legacyEvents: false });
    startScheduler(schedulerCtx);
    schedulerCtx.informers.start();
    const proxyCtx = componentContext(this, 'kube-proxy');
    this.proxy = new ServiceProxy(proxyCtx, options.proxyMode ?? 'random');
    proxyCtx.informers.start();
    this.clock.runDue();
  }

  addNode(spec: NodeSpec): void {
    if (this.kubelets.has(spec.name)) throw new Error(`node "${spec.name}" already exists`);
    const kubelet = new Kubelet(componentContext(this, `kubelet/${spec.name}`, { host: spec.name }), spec, this.kubelets.size + 1);
    this.kubelets.set(spec.name, kubelet);
    kubelet.start();
    this.clock.runDue();
  }

  kubelet(nodeName: string): Kubelet | undefined {
    return this.kubelets.get(nodeName);
  }

  /** `kubectl logs`: the lines the pod's node's kubelet holds for the container. */
  private podLogs(namespace: string, pod: string, container: string, previous: boolean): string[] {
    let node: string | undefined;
    try { node = this.client.get<Pod>('pods', namespace, pod).spec?.nodeName; } catch { return []; }
    return node === undefined ? [] : this.kubelets.get(node)?.logs(namespace, pod, container, previous) ?? [];
  }

  /** Runs a kubectl command line at the current virtual instant. */
  kubectl(commandLine: string): KubectlResult {
    this.clock.runDue();
    const result = runKubectl({
      client: new ApiClient(this.api, 'kubectl', { fieldValidation: 'Strict' }),
      nowMs: () => this.clock.nowMs(),
      readFile: (path) => this.readFile(path),
      waitFor: (done, timeoutMs) => this.waitFor(done, timeoutMs),
      logs: (namespace, pod, container, previous) => this.podLogs(namespace, pod, container, previous),
    }, commandLine);
    this.clock.runDue();
    return result;
  }

  /** `kubectl apply -f` of YAML text; `source` names it in messages (`features/x.feature:12`). */
  apply(yaml: string, source: string): KubectlResult {
    this.files.set(source, yaml);
    return this.kubectl(`apply -f '${source.replace(/'/g, `'\\''`)}'`);
  }

  advance(durationMs: number): void {
    this.clock.advance(durationMs);
  }

  settle(opts: SettleOptions = {}): void {
    settle(this.clock, this.journal, opts);
    this.invariants.checkSettled();
  }

  /** Advances virtual time until `done()` holds (checked after every task) or the timeout passes. */
  waitFor(done: () => boolean, timeoutMs: number): boolean {
    const deadline = this.clock.nowMs() + timeoutMs;
    this.clock.runDue();
    while (!done()) {
      const next = this.clock.nextDueMs();
      if (next === undefined || next > deadline) {
        this.clock.advanceTo(deadline);
        return done();
      }
      this.clock.runNext(next);
    }
    return true;
  }

  private readFile(path: string): string {
    const inline = this.files.get(path);
    if (inline !== undefined) return inline;
    if (!this.options.readFile) throw new Error(`the path "${path}" does not exist`);
    return this.options.readFile(path);
  }
}
