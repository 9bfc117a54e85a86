// The World: one simulated cluster per scenario, plus what the scenario's steps remember (the
// last command's result, named marks in virtual time). Steps are thin functions over it.
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { Cluster } from '../../engine/cluster.ts';
import type { WatchEvent } from '../../engine/api/watch-dispatcher.ts';
import type { KubectlResult } from '../../engine/kubectl/kubectl-context.ts';
import type { NetworkResponse } from '../../engine/network/pod-network.ts';
import type { DnsAnswer } from '../../engine/proxy/dns.ts';
import { Marks, type Mark } from './marks.ts';
import { FixtureLedger } from './fixture-problems.ts';

/** The step a scenario failed at, for the After hook's failure attachments. */
export interface FailedStep {
  text: string;
  docString: string | undefined;
  /** Journal length when the failing step began, and when the last action (When) step began. */
  journalFrom: number;
  actionJournalFrom: number;
}

export class KubespecWorld extends World {
  private current: Cluster | undefined;
  seed = 0;
  /** kube-proxy's endpoint choice for this scenario's cluster (set before the cluster is built). */
  proxyMode: 'random' | 'round-robin' = 'random';
  /** kube-controller-manager's `--controllers`, when a step set it before the cluster was built. */
  controllers: string[] | undefined;
  /** kube-apiserver's `--enable-admission-plugins` / `--disable-admission-plugins`, set before the cluster was built. */
  readonly admissionPlugins: { enable?: string[]; disable?: string[] } = {};
  scenarioId = '';
  lastCommand: KubectlResult | undefined;
  responses: NetworkResponse[] | undefined;
  dnsAnswer: DnsAnswer | undefined;
  /** What the scenario's "I watch ..." step has received so far, in delivery order. */
  watchEvents: WatchEvent[] | undefined;
  readonly marks = new Marks();
  /** Violations a step said were expected; they do not fail the scenario. */
  readonly expectedViolations = new Set<string>();
  /** Broken fixtures of the feature's author met by failed commands (grader errors). */
  readonly fixtures = new FixtureLedger();
  /** Journal lengths at the start of the current step and of the last action step. */
  stepJournalFrom = 0;
  actionJournalFrom = 0;
  failedStep: FailedStep | undefined;

  constructor(options: IWorldOptions) {
    super(options);
  }

  /** Invariants the scenario opted out of (`@skip-invariant=<name>:<reason>`). */
  readonly skippedInvariants: { name: string; reason: string }[] = [];

  /** The scenario's cluster, created on first use with the scenario's seed. */
  get cluster(): Cluster {
    if (!this.current) {
      this.current = new Cluster({ seed: this.seed, scenario: this.scenarioId, readFile: (path) => this.fixtures.read(path), proxyMode: this.proxyMode, controllers: this.controllers, admissionPlugins: this.admissionPlugins });
      for (const { name, reason } of this.skippedInvariants) this.current.invariants.skip(name, reason);
    }
    return this.current;
  }

  /** A mark for the current instant (`step`: the implicit mark of a When step). */
  markNow(name: string, step = false): Mark {
    const mark = { name, atMs: this.cluster.clock.nowMs(), revision: this.cluster.store.currentRevision(), journalIndex: this.cluster.journal.entries().length };
    if (step) this.marks.setStep(mark);
    else this.marks.set(mark);
    return mark;
  }

  /** kubectl at the current instant; a failure caused by a broken fixture is counted in `fixtures`. */
  kubectl(commandLine: string): { result: KubectlResult; problems: string[] } {
    const outcome = this.fixtures.run(() => this.cluster.kubectl(commandLine));
    this.lastCommand = outcome.result;
    return outcome;
  }

  /** `kubectl apply -f` of a doc string; with `checked`, a manifest kubectl cannot parse is a broken fixture. */
  applyDocString(yaml: string, checked: boolean): { result: KubectlResult; problems: string[] } {
    const source = `${this.scenarioId.replace(/:\d+$/, '')}:docstring`;
    const outcome = this.fixtures.run(() => {
      if (checked) this.fixtures.noteManifest(yaml, source);
      return this.cluster.apply(yaml, source);
    });
    this.lastCommand = outcome.result;
    return outcome;
  }

  get requests(): NetworkResponse[] {
    if (!this.responses) throw new Error('no requests have been sent yet in this scenario');
    return this.responses;
  }

  get dns(): DnsAnswer {
    if (!this.dnsAnswer) throw new Error('no name has been resolved yet in this scenario');
    return this.dnsAnswer;
  }

  get watched(): WatchEvent[] {
    if (!this.watchEvents) throw new Error('no watch has been opened yet in this scenario');
    return this.watchEvents;
  }

  hasCluster(): boolean {
    return this.current !== undefined;
  }

  /** The last command's result; a step that inspects output before any command fails clearly. */
  get command(): KubectlResult {
    if (!this.lastCommand) throw new Error('no command has run yet in this scenario');
    return this.lastCommand;
  }
}

setWorldConstructor(KubespecWorld);
