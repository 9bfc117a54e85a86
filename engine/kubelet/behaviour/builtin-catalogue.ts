// The built-in behaviour catalogue, read once from fixtures/behaviours/catalogue.yaml (common
// images: nginx, busybox, alpine, redis, mysql, postgres, httpd, pause, agnhost, ...). Reading a
// fixed file is deterministic; the file is validated like any scenario override.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BehaviourCatalogue } from './catalogue.ts';

export const BUILTIN_CATALOGUE_PATH = fileURLToPath(new URL('../../../fixtures/behaviours/catalogue.yaml', import.meta.url));

let builtin: BehaviourCatalogue | undefined;

/** The shared built-in catalogue; `fork()` it before adding scenario layers. */
export function builtinCatalogue(): BehaviourCatalogue {
  builtin ??= new BehaviourCatalogue().addYaml('fixtures/behaviours/catalogue.yaml', readFileSync(BUILTIN_CATALOGUE_PATH, 'utf8'));
  return builtin;
}
