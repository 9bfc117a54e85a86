// Golden-file assertions for the format tests (as KWOK's stage tests do): compare output with a
// file under reports/fixtures/golden/; `UPDATE_GOLDEN=1` rewrites the files instead.
// Leaves out diff pretty-printing beyond what expect's toBe shows.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'expect';

const GOLDEN_DIR = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));

export function expectGolden(actual: string, name: string): void {
  const path = GOLDEN_DIR + name;
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) {
    writeFileSync(path, actual);
    if (process.env['UPDATE_GOLDEN'] !== '1') throw new Error(`golden file ${name} was missing; written, review it`);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
