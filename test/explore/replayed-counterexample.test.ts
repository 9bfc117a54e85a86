// features/invariants/replayed-counterexample.feature is the writer's output for a hand-built
// sequence that breaks a deliberately strict invariant ("at most 5 pods": a surge during a
// rollout of 5 replicas makes 6). This test rebuilds it and compares byte for byte, so the
// checked-in feature, the operations' step texts and the engine's determinism stay in step;
// KUBESPEC_UPDATE=1 rewrites it. `kubespec run` replays it (the library invariants hold).
import { test } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'expect';
import type { Invariant } from '../../engine/invariants/invariant.ts';
import { invariantLibrary } from '../../engine/invariants/library/index.ts';
import { ViolationError, functionNote, invariantsToAssert, replay } from './explore.ts';
import { featureText } from './counterexample.ts';
import { AddNode, Advance, ApplyDeployment, Cordon, CrashContainer, CreateService, DeletePod, Kubectl, Scale, Settle, readDeployment } from './operations.ts';
import { webDeployment } from './manifests.ts';

const FILE = 'features/invariants/replayed-counterexample.feature';

const atMostFivePods: Invariant = {
  name: 'at-most-five-pods',
  description: 'Deliberately too strict: the default namespace never holds more than 5 pods.',
  mode: 'always',
  resources: ['pods'],
  check: (state) => {
    const pods = state.list('pods', 'default');
    return pods.length <= 5 ? [] : [{ invariant: 'at-most-five-pods', message: `${pods.length} pods exist`, objects: pods.map((p) => `Pod/default/${p.metadata.name ?? ''}`) }];
  },
};

test('the replayed counterexample feature is the writer\'s output for its sequence', () => {
  const web = readDeployment(webDeployment);
  const commands = [
    new ApplyDeployment(web), new Settle(), new Kubectl('web', 'set image deployment/web web=nginx:1.28'), new Advance(5),
    new CrashContainer(0, 1), new DeletePod(1), new AddNode(), new Cordon(0, true), new CreateService('web'), new Settle(),
    new Kubectl('web', 'rollout undo deployment/web'), new Settle(), new Scale('web', 5), new Settle(),
    new Kubectl('web', 'set image deployment/web web=nginx:1.29'), new Settle(),
  ];
  const library = invariantLibrary.map((i) => i.name);
  const { steps, error } = replay(4242, 2, 3, { library, custom: [atMostFivePods] }, commands);
  expect(error).toBeInstanceOf(ViolationError);
  const failure = { invariant: 'at-most-five-pods', message: (error as Error).message };
  const text = featureText({ clusterSeed: 4242, nodes: 2, steps, failure, assertInvariants: invariantsToAssert(library, steps), note: functionNote('at-most-five-pods') }, FILE);
  if (process.env.KUBESPEC_UPDATE === '1') writeFileSync(FILE, text);
  expect(readFileSync(FILE, 'utf8')).toBe(text);
});
