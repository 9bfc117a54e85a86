// The kubelet of one simulated node (pkg/kubelet/kubelet.go): registers its Node, keeps its
// Lease and node status fresh, watches the pods bound to it (field selector spec.nodeName) and
// runs each through a PodWorker on the simulated runtime. Fault hooks for steps: crash a
// container, force a probe to fail or recover, make an image unpullable, stop the kubelet.
// Pod IPs come from the node's podCIDR 10.244.<index>.0/24, from .2 upward, never reused.
import type { ConfigMap, Pod, Secret } from 'kubernetes-types/core/v1';
import type { ConfigSource } from '../api/config-objects/container-env.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import type { ControllerContext } from '../controllers/runner/controller.ts';
import { Backoff, CONTAINER_BACKOFF, IMAGE_PULL_BACKOFF } from './backoff.ts';
import { informerConfigSource } from './config/config-source.ts';
import { builtinCatalogue } from './behaviour/builtin-catalogue.ts';
import type { BehaviourCatalogue } from './behaviour/catalogue.ts';
import type { ContainerRecord } from './container-record.ts';
import { containerFieldPath } from './kubelet-events.ts';
import { InformerFactory } from '../client/informer-factory.ts';
import type { Informer } from '../client/informer.ts';
import type { Stored } from '../apimachinery/object.ts';
import type { KubeletRuntime } from './kubelet-runtime.ts';
import { NodeHeartbeat } from './node-heartbeat.ts';
import { nodeObject } from './node-registration.ts';
import type { NodeSpec } from './node-spec.ts';
import { PodWorker } from './pod-worker.ts';

export type ProbeKind = 'liveness' | 'readiness' | 'startup';

export class Kubelet implements KubeletRuntime {
  readonly containerBackoff = new Backoff(CONTAINER_BACKOFF);
  readonly imageBackoff = new Backoff(IMAGE_PULL_BACKOFF);
  readonly images = new Set<string>();
  readonly unpullable = new Set<string>();
  readonly pullQueue = { freeAtMs: 0, pulledAtMs: new Map<string, number>() };
  catalogue: BehaviourCatalogue = builtinCatalogue().fork();
  stopped = false;
  configSource: ConfigSource = { configMap: () => undefined, secret: () => undefined };
  private readonly workers = new Map<string, PodWorker>();
  private readonly heartbeat: NodeHeartbeat;
  private nextIp = 2;

  constructor(private ctx: ControllerContext, readonly spec: NodeSpec, private readonly index: number) {
    this.heartbeat = new NodeHeartbeat(ctx.client, ctx.clock, spec.name, ctx.name);
  }

  get clock() { return this.ctx.clock; }
  get client() { return this.ctx.client; }
  get network() { return this.ctx.network; }
  get random() { return this.ctx.random; }
  get owner(): string { return this.ctx.name; }
  get nodeName(): string { return this.spec.name; }
  get hostIP(): string { return `172.18.0.${this.index + 2}`; }

  start(): void {
    this.ctx.client.create('nodes', nodeObject(this.spec, this.index, this.ctx.clock.nowMs()));
    this.heartbeat.start();
    this.watchPods();
  }

  private watchPods(): Informer<Stored<Pod>> {
    const pods = this.ctx.informers.informer<Pod>('pods', { fieldSelector: `spec.nodeName=${this.spec.name}` });
    pods.addHandler({ add: (p) => this.podChanged(p), update: (_o, p) => this.podChanged(p), delete: (p) => this.podDeleted(p) });
    this.configSource = informerConfigSource(this.ctx.informers.informer<ConfigMap>('configmaps'), this.ctx.informers.informer<Secret>('secrets'));
    this.ctx.informers.start();
    return pods;
  }

  /** The kubelet stops: no more heartbeats, status updates, probes or restarts. */
  stop(): void {
    this.stopped = true;
    this.heartbeat.stop();
    // Containers keep running (and serving) when the kubelet dies; only its loops stop.
    for (const w of this.workers.values()) w.releaseTimers(false);
    this.ctx.informers.stop();
  }

  /**
   * The kubelet starts again (the node comes back): it renews its Lease and posts Ready at once,
   * lists the pods bound to it anew (fresh informers), takes up the containers that kept running
   * (probes, exits, deadlines) and syncs every pod: pods deleted meanwhile are stopped and removed.
   */
  restart(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.heartbeat.resume();
    this.ctx = { ...this.ctx, informers: new InformerFactory(this.ctx.client) };
    const before = new Map(this.workers);
    const pods = this.watchPods();
    for (const [key, w] of before) {
      const current = pods.get(w.pod.metadata?.namespace ?? 'default', w.pod.metadata?.name ?? '');
      if (this.workers.get(key) === w && current?.metadata.uid === w.uid) { w.resume(); continue; }
      // Deleted (or replaced by a namesake) while the kubelet was away: its containers go.
      w.releaseTimers();
      if (this.workers.get(key) === w) this.workers.delete(key);
    }
  }

  /** Adds a scenario layer to this node's behaviour catalogue. */
  addBehaviours(yaml: string, file: string): void {
    this.catalogue = this.catalogue.fork().addYaml(file, yaml);
  }

  crashContainer(namespace: string, pod: string, container: string, exitCode: number): void {
    const r = this.record(namespace, pod, container);
    this.fault(namespace, pod, `container ${container} crashes with exit code ${exitCode}`);
    const w = this.workers.get(`${namespace}/${pod}`);
    if (r.running && w) w.containerExited(r, exitCode, exitCode === 0 ? 'Completed' : 'Error', this.clock.nowMs());
  }

  /** Forces a probe of a running container to fail (`failing` true) or to pass; undefined clears. */
  setProbeFault(namespace: string, pod: string, container: string, probe: ProbeKind, failing: boolean | undefined): void {
    const r = this.record(namespace, pod, container);
    this.fault(namespace, pod, `${probe} probe of ${container} ${failing === undefined ? 'back to its behaviour' : failing ? 'fails' : 'succeeds'}`);
    if (!r.instance) throw new Error(`container "${container}" of pod "${namespace}/${pod}" is not running`);
    if (failing === undefined) delete r.instance.faults[probe];
    else r.instance.faults[probe] = !failing;
  }

  setImageUnpullable(image: string, unpullable = true): void {
    if (unpullable) this.unpullable.add(image);
    else this.unpullable.delete(image);
    this.ctx.journal.record({ component: this.ctx.name, verb: 'fault', message: `image ${image} ${unpullable ? 'unpullable' : 'pullable again'}` });
  }

  /** Runs a fault later, on the virtual clock (a timer: it does not hold the cluster busy). */
  later(delayMs: number, fault: () => void): void {
    this.ctx.clock.schedule(delayMs, this.ctx.name, () => { if (!this.stopped) fault(); }, 'timer');
  }

  /** When the container's current run started, in virtual ms (undefined when not running). */
  containerStartedAtMs(namespace: string, pod: string, container: string): number | undefined {
    return this.record(namespace, pod, container).running?.startedAtMs;
  }

  /** The environment the container's current (or, once it exited, last) run was started with. */
  containerEnv(namespace: string, pod: string, container: string): ReadonlyMap<string, string> {
    const r = this.record(namespace, pod, container);
    const instance = r.instance ?? r.exitedInstance;
    if (!instance) throw new Error(`container "${container}" of pod "${namespace}/${pod}" is not running`);
    return instance.env;
  }

  /** A file in the container's filesystem now (undefined when absent). */
  containerFile(namespace: string, pod: string, container: string, path: string): string | undefined {
    const instance = this.record(namespace, pod, container).instance;
    if (!instance) throw new Error(`container "${container}" of pod "${namespace}/${pod}" is not running`);
    return instance.fs.read(path);
  }

  /** `kubectl logs`: what the container has written so far (its current run, else the run that
   * exited); with `previous`, what the run before the current one wrote. */
  logs(namespace: string, pod: string, container: string, previous = false): string[] {
    const r = this.record(namespace, pod, container);
    if (previous) return r.instance ? r.exitedInstance?.logs() ?? [] : [];
    return (r.instance ?? r.exitedInstance)?.logs() ?? [];
  }

  event(pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string, container?: ContainerRecord): void {
    const path = container ? containerFieldPath(container.init, container.container.name) : undefined;
    this.ctx.recorder.event(pod as KubeObject, type, reason, message, path);
  }

  allocateIP(): string {
    return `10.244.${this.index}.${this.nextIp++}`;
  }

  forget(worker: PodWorker): void {
    this.workers.delete(worker.key);
  }

  private podChanged(pod: Pod): void {
    if (this.stopped) return;
    const key = `${pod.metadata?.namespace ?? 'default'}/${pod.metadata?.name ?? ''}`;
    const existing = this.workers.get(key);
    if (existing && existing.uid === pod.metadata?.uid) { existing.update(pod); return; }
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return;
    const worker = new PodWorker(pod, this);
    this.workers.set(key, worker);
    worker.update(pod);
    worker.requestSync();
  }

  private podDeleted(pod: Pod): void {
    const key = `${pod.metadata?.namespace ?? 'default'}/${pod.metadata?.name ?? ''}`;
    this.workers.get(key)?.releaseTimers();
    this.workers.delete(key);
  }

  private record(namespace: string, pod: string, container: string): ContainerRecord {
    const w = this.workers.get(`${namespace}/${pod}`);
    if (!w) throw new Error(`pod "${namespace}/${pod}" is not running on node "${this.spec.name}"`);
    const r = [...w.init, ...w.app].find((x) => x.container.name === container);
    if (!r) throw new Error(`pod "${namespace}/${pod}" has no container "${container}"`);
    return r;
  }

  private fault(namespace: string, name: string, message: string): void {
    this.ctx.journal.record({ component: this.ctx.name, verb: 'fault', kind: 'Pod', namespace, name, message });
  }
}
