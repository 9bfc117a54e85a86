// `kubespec steps [--format text|markdown|json] [FILTER]`: prints the step reference generated
// from the step definitions themselves. Loads the step files through Cucumber's loadSupport (so
// their defineStep calls run inside a Cucumber support-code context) which fills `stepRegistry`
// (exported by steps/support/define.ts, owned by the core), then renders it.
// Leaves out steps defined without defineStep (they are not in the registry).
import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api';
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderStepReference, type ReferenceFormat, type StepEntry } from '../../reports/steps/step-reference.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The same support files `kubespec run` imports (bin/commands/run.ts STEP_FILES).
const STEP_FILES = ['steps/support/world.ts', 'steps/support/parameter-types.ts', 'steps/support/hooks.ts', 'steps/**/*.steps.ts'];
// A variable specifier on purpose: the registry module is the core's and may not exist yet.
const DEFINE_MODULE: string = new URL('../../steps/support/define.ts', import.meta.url).href;

export const STEPS_HELP = `Usage: kubespec steps [--format text|markdown|json] [FILTER]

Print every step phrase with its description and an example, from the step definitions.
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true,
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`kubespec steps: ${(error as Error).message}\n\n${STEPS_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(STEPS_HELP); return 0; }
  const format = values.format ?? 'text';
  if (!['text', 'markdown', 'json'].includes(format)) {
    process.stderr.write(`kubespec steps: unknown --format ${format}\n`);
    return 2;
  }
  try {
    const entries = await loadStepRegistry();
    process.stdout.write(renderStepReference(entries, format as ReferenceFormat, positionals.join(' ')));
    return 0;
  } catch (error) {
    process.stderr.write(`kubespec steps: could not load the step registry: ${(error as Error).message}\n`);
    return 1;
  }
}

export async function loadStepRegistry(): Promise<StepEntry[]> {
  const { runConfiguration } = await loadConfiguration(
    { provided: { paths: [], import: STEP_FILES } }, { cwd: PROJECT_ROOT });
  await loadSupport(runConfiguration, { cwd: PROJECT_ROOT });
  const mod = (await import(DEFINE_MODULE)) as { stepRegistry?: readonly StepEntry[] };
  if (!mod.stepRegistry) throw new Error('steps/support/define.ts does not export stepRegistry');
  // define.ts records files relative to the working directory; show them relative to the project.
  return mod.stepRegistry.map((e) => ({ ...e, file: relative(PROJECT_ROOT, resolve(process.cwd(), e.file)) }));
}
