// `kubespec steps [--format text|markdown|json] [FILTER]`: prints the step reference generated
// from the step definitions themselves. Loads every steps/**/*.steps.ts so their defineStep calls
// fill `stepRegistry` (exported by steps/support/define.ts, owned by the core), then renders it.
// Leaves out steps defined without defineStep (they are not in the registry).
import { parseArgs } from 'node:util';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderStepReference, type ReferenceFormat, type StepEntry } from '../../reports/steps/step-reference.ts';

const STEPS_DIR = fileURLToPath(new URL('../../steps/', import.meta.url));
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
  for (const file of stepFiles(STEPS_DIR)) await import(pathToFileURL(file).href);
  const mod = (await import(DEFINE_MODULE)) as { stepRegistry?: readonly StepEntry[] };
  if (!mod.stepRegistry) throw new Error('steps/support/define.ts does not export stepRegistry');
  return [...mod.stepRegistry];
}

function stepFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.steps.ts')).sort().map((n) => join(dir, n));
}
