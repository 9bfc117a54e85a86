// Expected texts that name an object the API server named from a generateName: `<suffix>` in the
// expected text stands for the five characters simpleNameGenerator appends
// (staging/src/k8s.io/apiserver/pkg/storage/names/generate.go), which vary with the seed.
import { expect } from 'expect';
import { ALPHANUMS, RANDOM_LENGTH } from '../../engine/apimachinery/generate-name.ts';

const SUFFIX = '<suffix>';

/** A regular expression matching the expected text exactly, each `<suffix>` a generated suffix. */
export function generatedTextPattern(expected: string): RegExp {
  const parts = expected.split(SUFFIX).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join(`[${ALPHANUMS}]{${RANDOM_LENGTH}}`)}$`);
}

/** Passes when the text matches; otherwise fails with the expected/actual diff of `expect`. */
export function expectGeneratedText(actual: string, expected: string): void {
  if (generatedTextPattern(expected).test(actual)) return;
  expect(actual).toBe(expected);
}
