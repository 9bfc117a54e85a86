// `defineStep` with documentation: every step registers its phrase, a description and an
// example here as well as with Cucumber, so `kubespec steps` and the README's step reference
// are generated from the definitions themselves and cannot drift from them.
import { defineStep as cucumberDefineStep } from '@cucumber/cucumber';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StepDoc {
  pattern: string;
  description: string;
  example: string;
  file: string;
}

export const stepRegistry: StepDoc[] = [];

// Step bodies take the step's parameters with the World as `this`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Cucumber passes parameters of any declared type
type StepBody = (this: any, ...args: any[]) => unknown;

export function defineStep(doc: Omit<StepDoc, 'file'>, body: StepBody): void {
  stepRegistry.push({ ...doc, file: callerFile() });
  cucumberDefineStep(doc.pattern, body);
}

/** The steps file that called defineStep, relative to the project root. */
function callerFile(): string {
  const line = (new Error().stack ?? '').split('\n')[3] ?? '';
  const m = /\((.*?):\d+:\d+\)$/.exec(line) ?? /at (.*?):\d+:\d+$/.exec(line);
  const path = m?.[1] ?? '';
  return relative(process.cwd(), path.startsWith('file:') ? fileURLToPath(path) : path);
}
