// The World: one simulated cluster per scenario, plus what the scenario's steps remember (the
// last command's result, named marks in virtual time). Steps are thin functions over it.
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { Cluster } from '../../engine/cluster.ts';
import type { WatchEvent } from '../../engine/api/watch-dispatcher.ts';
import type { KubectlResult } from '../../engine/kubectl/kubectl-context.ts';
import type { NetworkResponse } from '../../engine/network/pod-network.ts';
import type { DnsAnswer } from '../../engine/proxy/dns.ts';
import { Marks, type Mark } from './marks.ts';
import { readProjectFile } from './project-files.ts';

export class KubespecWorld extends World {
  private current: Cluster | undefined;
  seed = 0;
  /** kube-proxy's endpoint choice for this scenario's cluster (set before the cluster is built). */
  proxyMode: 'random' | 'round-robin' = 'random';
  scenarioId = '';
  lastCommand: KubectlResult | undefined;
  responses: NetworkResponse[] | undefined;
  dnsAnswer: DnsAnswer | undefined;
  /** What the scenario's "I watch ..." step has received so far, in delivery order. */
  watchEvents: WatchEvent[] | undefined;
  readonly marks = new Marks();
  /** Violations a step said were expected; they do not fail the scenario. */
  readonly expectedViolations = new Set<string>();

  constructor(options: IWorldOptions) {
    super(options);
  }

  /** Invariants the scenario opted out of (`@skip-invariant=<name>:<reason>`). */
  readonly skippedInvariants: string[] = [];

  /** The scenario's cluster, created on first use with the scenario's seed. */
  get cluster(): Cluster {
    if (!this.current) {
      this.current = new Cluster({ seed: this.seed, scenario: this.scenarioId, readFile: readProjectFile, proxyMode: this.proxyMode });
      for (const name of this.skippedInvariants) this.current.invariants.skip(name);
    }
    return this.current;
  }

  /** A mark for the current instant. */
  markNow(name: string): Mark {
    const mark = { name, atMs: this.cluster.clock.nowMs(), revision: this.cluster.store.currentRevision(), journalIndex: this.cluster.journal.entries().length };
    this.marks.set(mark);
    return mark;
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
