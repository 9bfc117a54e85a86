// The World: one simulated cluster per scenario, plus what the scenario's steps remember (the
// last command's result, named marks in virtual time). Steps are thin functions over it.
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { Cluster } from '../../engine/cluster.ts';
import type { KubectlResult } from '../../engine/kubectl/kubectl-context.ts';
import { readProjectFile } from './project-files.ts';

export class KubespecWorld extends World {
  private current: Cluster | undefined;
  seed = 0;
  scenarioId = '';
  lastCommand: KubectlResult | undefined;
  readonly marks = new Map<string, number>();

  constructor(options: IWorldOptions) {
    super(options);
  }

  /** The scenario's cluster, created on first use with the scenario's seed. */
  get cluster(): Cluster {
    this.current ??= new Cluster({ seed: this.seed, scenario: this.scenarioId, readFile: readProjectFile });
    return this.current;
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
