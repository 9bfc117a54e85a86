// The architecture as rules a tool can check (CONTRIBUTING.md "Import boundaries"):
// layers import only downward, the layer-5 components never import each other, reports never
// import engine/, and engine/ never reads the wall clock, Math.random or real timers.
import { dirname, join, normalize } from 'node:path';

const LAYERS: [string, number][] = [
  ['engine/apimachinery/', 1], ['engine/clock/', 1], ['engine/random/', 1], ['engine/journal/', 1],
  ['engine/store/', 2], ['engine/api/', 3], ['engine/client/', 4], ['engine/network/', 4],
  ['engine/controllers/runner/', 4.5],
  ['engine/controllers/', 5], ['engine/scheduler/', 5], ['engine/kubelet/', 5], ['engine/proxy/', 5], ['engine/kubectl/', 5],
  ['engine/invariants/', 5.5],
  ['engine/', 6], ['steps/', 7], ['reports/', 7], ['bin/', 7], ['bench/', 7], ['test/', 7], ['features/', 7],
];

const COMPONENTS = ['engine/controllers/', 'engine/scheduler/', 'engine/kubelet/', 'engine/proxy/', 'engine/kubectl/'];

export function layerOf(file: string): { prefix: string; layer: number } | undefined {
  const hit = LAYERS.find(([prefix]) => file.startsWith(prefix));
  return hit ? { prefix: hit[0], layer: hit[1] } : undefined;
}

const componentOf = (file: string): string | undefined =>
  file.startsWith('engine/controllers/runner/') ? undefined : COMPONENTS.find((c) => file.startsWith(c));

/** Problems with one import from `file` (both project-relative) — empty when allowed. */
export function importProblems(file: string, specifier: string): string[] {
  if (!specifier.startsWith('.')) return [];
  const target = normalize(join(dirname(file), specifier));
  const from = layerOf(file);
  const to = layerOf(target);
  if (!from || !to) return [];
  const problems: string[] = [];
  if (file.startsWith('reports/') && target.startsWith('engine/')) problems.push('reports/ reads the journal and Cucumber messages, never engine/');
  if (to.layer > from.layer) problems.push(`${from.prefix} (layer ${from.layer}) may not import ${to.prefix} (layer ${to.layer})`);
  const a = componentOf(file);
  const b = componentOf(target);
  if (a && b && a !== b) problems.push(`${a} and ${b} meet only through the API and watches`);
  return problems;
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\(|\bnew Date\(|\bDate\(\)/, 'the wall clock (use the VirtualClock)'],
  [/\bMath\.random\(/, 'Math.random (use SeededRandom)'],
  [/\b(setTimeout|setInterval|setImmediate)\(/, 'real timers (use clock.schedule)'],
  [/\bperformance\.now\(|\bprocess\.hrtime/, 'performance timers'],
];

/** Determinism problems in an engine source line. */
export function determinismProblems(line: string): string[] {
  const code = line.replace(/\/\/.*$/, '');
  return FORBIDDEN.filter(([re]) => re.test(code)).map(([, what]) => `engine/ may not use ${what}`);
}
