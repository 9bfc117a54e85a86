// Loads the recorded fixture runs for the format tests: fixtures/run-basic (a real cucumber-js
// message stream of web.feature plus a hand-written journal) and fixtures/run-grading (a real
// kubespec run of a graded submission: student failures, broken fixtures, failure state) and
// fixtures/run-service (a real run of a Service whose Deployment scales from 2 to 3 replicas).
import { fileURLToPath } from 'node:url';
import { loadRun } from '../model/load-run.ts';
import type { RunModel } from '../model/run-model.ts';
import type { ModelOptions } from '../model/build-model.ts';

export const FIXTURE_RUN = fileURLToPath(new URL('../fixtures/run-basic', import.meta.url));

export function fixtureModel(options: ModelOptions = {}): RunModel {
  return loadRun(FIXTURE_RUN, options);
}

export const GRADING_RUN = fileURLToPath(new URL('../fixtures/run-grading', import.meta.url));

export function gradingModel(options: ModelOptions = {}): RunModel {
  return loadRun(GRADING_RUN, options);
}

export const SERVICE_RUN = fileURLToPath(new URL('../fixtures/run-service', import.meta.url));

export function serviceModel(options: ModelOptions = {}): RunModel {
  return loadRun(SERVICE_RUN, options);
}
