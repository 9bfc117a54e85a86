// Scenario lifecycle: derive the seed (--seed / KUBESPEC_SEED, else @seed=N, else a hash of the
// scenario's name, so adding a scenario never changes another's), name the scenario for the
// journal (`features/x.feature:12`), and after it append its journal to journal.ndjson and, on
// failure, attach the seed, the replay command and the last journal lines, then the cluster state
// and the objects the failing step involved (support/failure-state.ts). A failure after a command
// tripped over a broken fixture of the feature's author is a grader error: the hook says so.
import { After, AfterStep, Before, BeforeStep, Status } from '@cucumber/cucumber';
import { appendFileSync } from 'node:fs';
import { hashSeed } from '../../engine/random/seeded-random.ts';
import { findInvariant, invariantLibrary } from '../../engine/invariants/library/index.ts';
import { scenarioLine } from './scenario-line.ts';
import { describeViolations } from './violations.ts';
import { attachFailureState } from './failure-state.ts';
import { FixtureError } from './fixture-problems.ts';
import type { KubespecWorld } from './world.ts';

Before(function (this: KubespecWorld, { pickle, gherkinDocument }) {
  for (const tag of pickle.tags) {
    const skip = /^@skip-invariant=([^:]+)(?::(.+))?$/.exec(tag.name);
    if (skip && !skip[2]) throw new Error(`${tag.name}: say why the invariant is skipped, e.g. @skip-invariant=${skip[1] ?? ''}:the-reason`);
    if (skip && !findInvariant(skip[1]!)) throw new Error(`${tag.name}: unknown invariant "${skip[1] ?? ''}"; known: ${invariantLibrary.map((i) => i.name).join(', ')}`);
    if (skip) this.skippedInvariants.push({ name: skip[1]!, reason: skip[2]! });
  }
  const tag = pickle.tags.map((t) => /^@seed=(-?\d+)$/.exec(t.name)).find(Boolean);
  const forced = process.env.KUBESPEC_SEED;
  this.seed = forced !== undefined && forced !== '' ? Number(forced) : tag ? Number(tag[1]) : hashSeed(pickle.name);
  this.scenarioId = `${pickle.uri}:${scenarioLine(gherkinDocument, pickle)}`;
});

BeforeStep(function (this: KubespecWorld, { pickleStep }) {
  if (!this.hasCluster()) return;
  this.cluster.journal.record({ component: 'kubespec', verb: 'step', message: pickleStep.text });
  this.stepJournalFrom = this.cluster.journal.entries().length;
  if (pickleStep.type === 'Action') {
    this.actionJournalFrom = this.stepJournalFrom;
    this.markNow(pickleStep.text, true);
  }
});

AfterStep(function (this: KubespecWorld, { pickleStep, result }) {
  if (result.status !== Status.FAILED || this.failedStep) return;
  this.failedStep = { text: pickleStep.text, docString: pickleStep.argument?.docString?.content,
    journalFrom: this.stepJournalFrom, actionJournalFrom: this.actionJournalFrom };
});

After(function (this: KubespecWorld, { result }) {
  if (!this.hasCluster()) return;
  const journal = this.cluster.journal;
  const path = process.env.KUBESPEC_JOURNAL;
  if (path) appendFileSync(path, journal.toNdjson());
  // A scenario that ends at rest (no controller, scheduler or kubelet work pending) is settled,
  // whether or not its last step said so: the eventual invariants must hold there too.
  if (result?.status !== Status.FAILED && !this.cluster.clock.hasPendingWork()) this.cluster.invariants.checkSettled();
  const unexpected = this.cluster.invariants.violations.filter((v) => !this.expectedViolations.has(v.invariant));
  if (unexpected.length > 0 && result?.status !== Status.FAILED) throw new Error(describeViolations(unexpected, journal.entries()));
  if (result?.status === Status.FAILED) {
    const tail = journal.entries().slice(-15).map((e) => `  ${e.time} ${e.component} ${e.verb} ${e.kind ?? ''} ${e.name ?? ''} ${e.reason ?? ''} ${e.message ?? ''}`.trimEnd());
    this.attach([
      `virtual time: ${journal.entries().at(-1)?.time ?? '-'}  seed: ${this.seed}`,
      `replay: npx kubespec run ${this.scenarioId} --seed ${this.seed}`,
      'last journal lines:', ...tail,
    ].join('\n'), 'text/plain');
    attachFailureState(this);
    const broken = this.fixtures.counted;
    if (broken.length > 0 && !this.fixtures.reported) {
      throw new FixtureError(`a command failed on a broken fixture of the feature's author, so this failure is not the submission's:\n${broken.join('\n')}`);
    }
  }
});
