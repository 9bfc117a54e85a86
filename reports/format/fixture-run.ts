// Loads the recorded fixture run (fixtures/run-basic: a real cucumber-js message stream of
// web.feature plus a hand-written journal) for the format tests.
// Leaves out anything but the one fixture; tests that need more write their own streams.
import { fileURLToPath } from 'node:url';
import { loadRun } from '../model/load-run.ts';
import type { RunModel } from '../model/run-model.ts';
import type { ModelOptions } from '../model/build-model.ts';

export const FIXTURE_RUN = fileURLToPath(new URL('../fixtures/run-basic', import.meta.url));

export function fixtureModel(options: ModelOptions = {}): RunModel {
  return loadRun(FIXTURE_RUN, options);
}
