// Property-based exploration of whole clusters: "for any sequence of these operations on these
// manifests, these invariants hold". fast-check draws a cluster seed, a node count and a command
// sequence; every invariant is checked at every store write (and the 'settled' ones after each
// settle); a failure is shrunk, replayed once more to name its pods, and written as a .feature.
import fc from 'fast-check';
import { Cluster } from '../../engine/cluster.ts';
import { InvariantChecker, type RecordedViolation } from '../../engine/invariants/checker.ts';
import type { Invariant } from '../../engine/invariants/invariant.ts';
import { invariantLibrary } from '../../engine/invariants/library/index.ts';
import { OPERATION_NAMES, operationArbitrary, type OperationName } from './arbitraries.ts';
import { readDeployment, type ExploreModel, type ExploreReal, type Operation } from './operations.ts';
import { writeCounterexample, type Counterexample } from './counterexample.ts';
import { conditionInvariant, conditionStep, isConditionProperty, type ConditionProperty } from './condition-property.ts';

export interface ExploreOptions {
  /** Deployment manifests (YAML) the operations apply, scale, re-image and roll back. */
  manifests: readonly string[];
  /** Which operations to draw (default: all of OPERATION_NAMES). */
  operations?: readonly OperationName[];
  /**
   * Library invariant names, your own Invariant objects and/or condition properties
   * (`{ name, always: '<condition phrase>' }`); default: the whole library.
   */
  invariants?: readonly (string | Invariant | ConditionProperty)[];
  runs?: number;
  /** fast-check seed (fixed in tests); `path` replays one shrunk case. */
  seed?: number;
  path?: string;
  maxCommands?: number;
  maxNodes?: number;
  /** Where a counterexample feature is written (default reports/out/counterexamples/). */
  outDir?: string;
  /** Name of the counterexample file (without .feature). */
  name?: string;
}

export interface ExploreResult {
  failed: boolean;
  runs: number;
  seed: number;
  file?: string;
  counterexample?: Counterexample;
}

export interface Setup { library: string[]; custom: Invariant[]; conditions?: ConditionProperty[] }

export function selectInvariants(list: ExploreOptions['invariants']): Setup {
  if (!list) return { library: invariantLibrary.map((i) => i.name), custom: [], conditions: [] };
  const library: string[] = [];
  const custom: Invariant[] = [];
  const conditions: ConditionProperty[] = [];
  for (const inv of list) {
    if (isConditionProperty(inv)) conditions.push(inv);
    else if (typeof inv !== 'string') custom.push(inv);
    else if (invariantLibrary.some((i) => i.name === inv)) library.push(inv);
    else throw new Error(`unknown invariant "${inv}"; known: ${invariantLibrary.map((i) => i.name).join(', ')}`);
  }
  return { library, custom, conditions };
}

export class ViolationError extends Error {
  constructor(readonly violation: RecordedViolation) {
    super(`invariant "${violation.invariant}" violated at ${violation.time} (revision ${violation.revision}): ${violation.message}\nobjects: ${violation.objects.join(', ')}`);
  }
}

/** A fresh cluster with `nodes` nodes, checked against the selected invariants. */
export function newReal(seed: number, nodes: number, setup: Setup, checks = true): ExploreReal {
  const cluster = new Cluster({ seed });
  if (!checks) cluster.invariants.disable();
  for (const inv of invariantLibrary) if (!setup.library.includes(inv.name)) cluster.invariants.skip(inv.name, 'not selected for this exploration');
  const custom = new InvariantChecker(cluster.store, () => cluster.clock.nowMs(), [...setup.custom, ...(setup.conditions ?? []).map(conditionInvariant)]);
  for (let i = 1; i <= nodes; i++) cluster.addNode({ name: `node-${i}` });
  return {
    cluster,
    steps: [],
    verify(settled: boolean): void {
      if (settled) custom.checkSettled();
      const first = cluster.invariants.violations[0] ?? custom.violations[0];
      if (first) throw new ViolationError(first);
    },
  };
}

/** The library invariants a written counterexample asserts at its end ('settled' ones only after a settle). */
export function invariantsToAssert(library: readonly string[], steps: readonly string[]): string[] {
  const settled = steps.at(-1) === 'the cluster settles';
  return library.filter((name) => settled || invariantLibrary.find((i) => i.name === name)?.mode === 'always');
}

const newModel = (nodes: number, maxNodes: number): ExploreModel => ({ deployments: new Set(), services: new Set(), nodes, maxNodes, quota: false, lost: new Set() });

/** Runs the commands once more on a fresh cluster, collecting the step texts up to the failure. */
export function replay(seed: number, nodes: number, maxNodes: number, setup: Setup, commands: Iterable<fc.Command<ExploreModel, ExploreReal>>, checks = true):
  { steps: string[]; error: unknown; real: ExploreReal } {
  const real = newReal(seed, nodes, setup, checks);
  const model = newModel(nodes, maxNodes);
  try {
    for (const cmd of commands) if (cmd.check(model)) cmd.run(model, real);
    return { steps: real.steps, error: undefined, real };
  } catch (error) {
    return { steps: real.steps, error, real };
  }
}

/** Why a counterexample of a function invariant cannot fail on replay by itself. */
export const functionNote = (name: string): string =>
  `The violated invariant "${name}" is a function in test code, which a feature cannot name: this scenario replays the operations and asserts the library invariants (write the property as { name, always: '<condition phrase>' } to have it asserted here).`;

export function exploreCluster(options: ExploreOptions): ExploreResult {
  const manifests = options.manifests.map(readDeployment);
  const maxNodes = options.maxNodes ?? 3;
  const setup = selectInvariants(options.invariants);
  const arbs = (options.operations ?? OPERATION_NAMES).map((n) => operationArbitrary(n, manifests));
  const property = fc.property(
    fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: maxNodes }),
    fc.commands<ExploreModel, ExploreReal>(arbs, { maxCommands: options.maxCommands ?? 12 }),
    (seed, nodes, cmds) => {
      fc.modelRun(() => ({ model: newModel(nodes, maxNodes), real: newReal(seed, nodes, setup) }), cmds);
    },
  );
  const details = fc.check(property, {
    numRuns: options.runs ?? 15,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.path !== undefined ? { path: options.path } : {}),
  });
  if (!details.failed || !details.counterexample) return { failed: false, runs: details.numRuns, seed: details.seed };
  const [clusterSeed, nodes, cmds] = details.counterexample;
  const { steps, error } = replay(clusterSeed, nodes, maxNodes, setup, cmds as Iterable<Operation>);
  const failure = error instanceof ViolationError
    ? { invariant: error.violation.invariant, message: error.message }
    : { message: String((error as Error | undefined)?.message ?? details.errorInstance ?? 'failure did not reproduce on replay') };
  const counterexample: Counterexample = {
    clusterSeed, nodes, steps, failure,
    assertInvariants: invariantsToAssert(setup.library, steps),
    assertSteps: (setup.conditions ?? []).map(conditionStep),
    ...(setup.custom.some((i) => i.name === failure.invariant) ? { note: functionNote(failure.invariant ?? '') } : {}),
    fastCheck: { seed: details.seed, path: details.counterexamplePath ?? '' },
  };
  const file = writeCounterexample(counterexample, options.outDir ?? 'reports/out/counterexamples', options.name ?? `counterexample-${details.seed}`);
  console.log(`exploration failed after ${details.numRuns} runs: ${failure.message.split('\n')[0] ?? ''}\n  written: ${file}\n  replay:  npx kubespec run ${file}`);
  return { failed: true, runs: details.numRuns, seed: details.seed, file, counterexample };
}
