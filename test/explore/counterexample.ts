// Writes a shrunk exploration failure as a runnable .feature file: the cluster, the operations as
// the Gherkin steps that do the same thing, and the invariants the run held it to; with the
// cluster's @seed and the fast-check seed/path in a comment so both replays are one command away.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Counterexample {
  clusterSeed: number;
  nodes: number;
  /** Step texts in order; a multi-line step carries its docstring or table on the next lines. */
  steps: string[];
  /** The failure: an invariant violation (`invariant` set) or an error a step threw. */
  failure: { invariant?: string; message: string };
  /** Library invariants the scenario asserts at its end. */
  assertInvariants: string[];
  /** Further Then steps (condition properties: `at every moment since the scenario started, ...`). */
  assertSteps?: string[];
  /** A comment for the reader, e.g. why the violated invariant is not asserted. */
  note?: string;
  fastCheck?: { seed: number; path: string };
}

function stepLines(keyword: string, text: string): string[] {
  const [first = '', ...body] = text.split('\n');
  return [`    ${keyword} ${first}`, ...body.map((l) => `      ${l}`.trimEnd())];
}

/** Splits a comment into lines of at most 96 characters. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 96) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

export function featureText(c: Counterexample, file: string): string {
  const what = c.failure.invariant ?? 'an operation failed';
  const lines = [
    '# Counterexample written by kubespec property-based exploration (test/explore/).',
    ...c.failure.message.split('\n').slice(0, 6).map((l, i) => `# ${i === 0 ? 'Failure: ' : '  '}${l}`),
    ...(c.note ? wrap(c.note).map((l) => `# ${l}`) : []),
    ...(c.fastCheck ? [`# fast-check: seed ${c.fastCheck.seed}, path "${c.fastCheck.path}" (exploreCluster options { seed, path } or npm run explore -- --seed ${c.fastCheck.seed} --path ${c.fastCheck.path})`] : []),
    `# Replay: npx kubespec run ${file}`,
    `Feature: Counterexample: ${what}`,
    '',
    `  @seed=${c.clusterSeed} @counterexample`,
    `  Scenario: ${what} after ${c.steps.length} operation${c.steps.length === 1 ? '' : 's'} on ${c.nodes} node${c.nodes === 1 ? '' : 's'}`,
    `    Given a cluster with ${c.nodes} node${c.nodes === 1 ? '' : 's'}`,
    ...c.steps.flatMap((s, i) => stepLines(i === 0 ? 'When' : 'And', s)),
    ...[...c.assertInvariants.map((name) => `the invariant "${name}" holds`), ...(c.assertSteps ?? [])]
      .flatMap((text, i) => stepLines(i === 0 ? 'Then' : 'And', text)),
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes the feature into `dir` and returns its path. */
export function writeCounterexample(c: Counterexample, dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.feature`);
  writeFileSync(file, featureText(c, file));
  return file;
}
