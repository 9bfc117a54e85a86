// The operations property-based exploration applies to a whole cluster, as fast-check commands.
// Each operation acts through the same API calls as an existing Gherkin step, and records that
// step's text (with the concrete pod/node names it resolved at run time), so a shrunk sequence
// can be written out as a runnable .feature file. Not Kubernetes: the test oracle's vocabulary.
import fc from 'fast-check';
import { parse } from 'yaml';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Cluster } from '../../engine/cluster.ts';
import type { Kubelet } from '../../engine/kubelet/kubelet.ts';

/** What the generator knows without looking at the cluster. */
export interface ExploreModel {
  deployments: Set<string>;
  services: Set<string>;
  nodes: number;
  maxNodes: number;
  quota: boolean;
  /** Nodes whose kubelet has stopped. */
  lost: Set<string>;
}

/** The real system: the cluster plus the step texts of what was done to it. */
export interface ExploreReal {
  cluster: Cluster;
  steps: string[];
  /** Throws when an invariant was violated (called after every operation). */
  verify(settled: boolean): void;
}

export interface DeploymentManifest { name: string; container: string; yaml: string }

/** One operation: `check` gates it on the model, `act` changes the cluster and returns the step text (or undefined if it had nothing to act on). */
export abstract class Operation implements fc.Command<ExploreModel, ExploreReal> {
  private resolved: string | undefined;
  abstract readonly label: string;
  abstract check(m: Readonly<ExploreModel>): boolean;
  protected abstract act(m: ExploreModel, r: ExploreReal): string | undefined;
  /** Step text known before acting (so a step that throws still appears in the counterexample). */
  protected before(): string | undefined { return undefined; }
  run(m: ExploreModel, r: ExploreReal): void {
    const before = this.before();
    if (before !== undefined) r.steps.push((this.resolved = before));
    const text = this.act(m, r);
    if (before === undefined && text !== undefined) r.steps.push((this.resolved = text));
    r.verify(this instanceof Settle);
  }
  /** The Gherkin step text of the last run (before any run: a description). */
  toString(): string {
    return this.resolved ?? `[${this.label}]`;
  }
}

const docString = (yaml: string): string => `I apply:\n"""\n${yaml.trimEnd()}\n"""`;
const podsOf = (c: Cluster): Pod[] => c.client.list<Pod>('pods', { namespace: 'default' }).items
  .filter((p) => p.metadata?.deletionTimestamp === undefined)
  .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));

/** The `pick`-th pod (by name) with a running container on a live kubelet, as the pod-health steps find it. */
function runningContainer(c: Cluster, pick: number): { pod: string; container: string; kubelet: Kubelet } | undefined {
  const running = podsOf(c).filter((p) => p.spec?.nodeName && p.status?.containerStatuses?.some((s) => s.state?.running));
  const pod = running[pick % Math.max(running.length, 1)];
  const container = pod?.status?.containerStatuses?.find((s) => s.state?.running)?.name;
  const kubelet = pod?.spec?.nodeName ? c.kubelet(pod.spec.nodeName) : undefined;
  if (!pod?.metadata?.name || !container || !kubelet) return undefined;
  return { pod: pod.metadata.name, container, kubelet };
}

export function readDeployment(yaml: string): DeploymentManifest {
  const obj = parse(yaml) as { kind?: string; metadata?: { name?: string }; spec?: { template?: { spec?: { containers?: { name?: string }[] } } } };
  const name = obj.metadata?.name;
  const container = obj.spec?.template?.spec?.containers?.[0]?.name;
  if (obj.kind !== 'Deployment' || !name || !container) throw new Error('exploration manifests must be Deployments with a name and a container');
  return { name, container, yaml };
}

export class ApplyDeployment extends Operation {
  readonly label: string;
  constructor(private readonly manifest: DeploymentManifest) { super(); this.label = `apply ${manifest.name}`; }
  check(): boolean { return true; }
  protected act(m: ExploreModel, r: ExploreReal): string {
    const out = r.cluster.apply(this.manifest.yaml, 'explore.yaml');
    if (out.exitCode !== 0) throw new Error(`apply failed: ${out.stderr}`);
    m.deployments.add(this.manifest.name);
    return docString(this.manifest.yaml);
  }
}

export class Scale extends Operation {
  readonly label: string;
  constructor(private readonly name: string, private readonly replicas: number) { super(); this.label = `scale ${name} ${replicas}`; }
  check(m: Readonly<ExploreModel>): boolean { return m.deployments.has(this.name); }
  protected act(_m: ExploreModel, r: ExploreReal): string {
    r.cluster.client.patch('deployments', 'default', this.name, 'merge', { spec: { replicas: this.replicas } });
    return `I scale the deployment "${this.name}" to ${this.replicas} replicas`;
  }
}

/** A kubectl command line, as `When I run "kubectl ..."` (never fails by itself, like the step). */
export class Kubectl extends Operation {
  readonly label: string;
  constructor(private readonly deployment: string, private readonly args: string) { super(); this.label = `kubectl ${args}`; }
  check(m: Readonly<ExploreModel>): boolean { return m.deployments.has(this.deployment); }
  protected act(_m: ExploreModel, r: ExploreReal): string {
    r.cluster.kubectl(this.args);
    return `I run "kubectl ${this.args}"`;
  }
}

export class DeletePod extends Operation {
  readonly label: string;
  constructor(private readonly pick: number) { super(); this.label = `delete pod #${pick}`; }
  check(m: Readonly<ExploreModel>): boolean { return m.deployments.size > 0; }
  protected act(_m: ExploreModel, r: ExploreReal): string | undefined {
    const pods = podsOf(r.cluster);
    const name = pods[this.pick % Math.max(pods.length, 1)]?.metadata?.name;
    if (!name) return undefined;
    r.cluster.client.delete('pods', 'default', name);
    return `the pod "${name}" is deleted`;
  }
}

export class CrashContainer extends Operation {
  readonly label: string;
  constructor(private readonly pick: number, private readonly exitCode: number) { super(); this.label = `crash #${pick}`; }
  check(m: Readonly<ExploreModel>): boolean { return m.deployments.size > 0; }
  protected act(_m: ExploreModel, r: ExploreReal): string | undefined {
    const target = runningContainer(r.cluster, this.pick);
    if (!target) return undefined;
    target.kubelet.crashContainer('default', target.pod, target.container, this.exitCode);
    return `the container "${target.container}" of pod "${target.pod}" crashes with exit code ${this.exitCode}`;
  }
}

/** A probe of a running container starts failing (until the container restarts). */
export class FailProbe extends Operation {
  readonly label: string;
  constructor(private readonly pick: number, private readonly probe: 'liveness' | 'readiness') { super(); this.label = `fail ${probe} #${pick}`; }
  check(m: Readonly<ExploreModel>): boolean { return m.deployments.size > 0; }
  protected act(_m: ExploreModel, r: ExploreReal): string | undefined {
    const target = runningContainer(r.cluster, this.pick);
    if (!target) return undefined;
    // The API status lags the kubelet: a container it just stopped may still show as running
    // there, and the probe step refuses it ("is not running"); then there is nothing to act on.
    try {
      target.kubelet.setProbeFault('default', target.pod, target.container, this.probe, true);
    } catch (e) {
      if (e instanceof Error && e.message.endsWith('is not running')) return undefined;
      throw e;
    }
    return `the ${this.probe} probe of container "${target.container}" of pod "${target.pod}" starts failing`;
  }
}

export class AddNode extends Operation {
  readonly label = 'add node';
  check(m: Readonly<ExploreModel>): boolean { return m.nodes < m.maxNodes; }
  protected act(m: ExploreModel, r: ExploreReal): string {
    m.nodes++;
    r.cluster.addNode({ name: `node-${m.nodes}` });
    return `a cluster with nodes:\n| name |\n| node-${m.nodes} |`;
  }
}

export class Cordon extends Operation {
  readonly label: string;
  constructor(private readonly pick: number, private readonly cordon: boolean) { super(); this.label = `${cordon ? '' : 'un'}cordon #${pick}`; }
  check(): boolean { return true; }
  protected act(m: ExploreModel, r: ExploreReal): string {
    const name = `node-${(this.pick % m.nodes) + 1}`;
    r.cluster.client.patch('nodes', undefined, name, 'merge', { spec: { unschedulable: this.cordon ? true : null } });
    return `node "${name}" is ${this.cordon ? '' : 'un'}cordoned`;
  }
}

/**
 * A node is lost: its kubelet stops (no heartbeats, status updates, probes or restarts; its
 * containers keep running). After the 50 s grace period the node lifecycle controller marks the
 * Node Unknown, taints it unreachable (NoSchedule, then NoExecute) and marks its pods not ready,
 * so they leave the Service endpoints and the scheduler places nothing new there; after their
 * tolerationSeconds (300 s by default) the taint eviction controller deletes them, they stay
 * Terminating and their ReplicaSets replace them on the other nodes. At least one node stays up,
 * so the controller is never in master disruption mode here.
 */
export class LoseNode extends Operation {
  readonly label: string;
  constructor(private readonly pick: number) { super(); this.label = `lose node #${pick}`; }
  check(m: Readonly<ExploreModel>): boolean { return m.lost.size < m.nodes - 1; }
  protected act(m: ExploreModel, r: ExploreReal): string | undefined {
    const name = `node-${(this.pick % m.nodes) + 1}`;
    if (m.lost.has(name)) return undefined;
    r.cluster.kubelet(name)?.stop();
    m.lost.add(name);
    return `the kubelet on node "${name}" stops`;
  }
}

/** A lost node comes back: its kubelet starts again, so the node is Ready and untainted again. */
export class RestoreNode extends Operation {
  readonly label: string;
  constructor(private readonly pick: number) { super(); this.label = `restore node #${pick}`; }
  check(m: Readonly<ExploreModel>): boolean { return m.lost.size > 0; }
  protected act(m: ExploreModel, r: ExploreReal): string | undefined {
    const lost = [...m.lost].sort();
    const name = lost[this.pick % lost.length];
    if (name === undefined) return undefined;
    r.cluster.kubelet(name)?.restart();
    m.lost.delete(name);
    return `the kubelet on node "${name}" starts again`;
  }
}

export class CreateService extends Operation {
  readonly label: string;
  constructor(private readonly deployment: string) { super(); this.label = `service ${deployment}`; }
  check(m: Readonly<ExploreModel>): boolean { return m.deployments.has(this.deployment) && !m.services.has(this.deployment); }
  protected act(m: ExploreModel, r: ExploreReal): string {
    const yaml = `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${this.deployment}\nspec:\n  selector:\n    app: ${this.deployment}\n  ports:\n    - port: 80\n`;
    const out = r.cluster.apply(yaml, 'explore-service.yaml');
    if (out.exitCode !== 0) throw new Error(`apply failed: ${out.stderr}`);
    m.services.add(this.deployment);
    return docString(yaml);
  }
}

export class SetQuota extends Operation {
  readonly label: string;
  constructor(private readonly pods: number) { super(); this.label = `quota pods=${pods}`; }
  check(): boolean { return true; }
  protected act(m: ExploreModel, r: ExploreReal): string {
    if (!m.quota) {
      r.cluster.client.create('resourcequotas', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'pods', namespace: 'default' }, spec: { hard: { pods: String(this.pods) } } });
      m.quota = true;
      return `I create the quota "pods" in namespace "default" with hard "pods=${this.pods}"`;
    }
    r.cluster.client.patch('resourcequotas', 'default', 'pods', 'merge', { spec: { hard: { pods: String(this.pods) } } });
    return `I set the quota "pods" in namespace "default" hard "pods" to "${this.pods}"`;
  }
}

export class Advance extends Operation {
  readonly label: string;
  constructor(private readonly seconds: number) { super(); this.label = `advance ${seconds}s`; }
  check(): boolean { return true; }
  protected override before(): string { return this.seconds === 1 ? '1 second passes' : `${this.seconds} seconds pass`; }
  protected act(_m: ExploreModel, r: ExploreReal): undefined {
    r.cluster.advance(this.seconds * 1000);
  }
}

export class Settle extends Operation {
  readonly label = 'settle';
  check(): boolean { return true; }
  protected override before(): string { return 'the cluster settles'; }
  protected act(_m: ExploreModel, r: ExploreReal): undefined {
    r.cluster.settle();
  }
}
