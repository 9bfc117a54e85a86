// Tests which steps are grader errors (named cases) and that the worst status follows
// cucumber-js's precedence whatever the order of the steps (property).
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { isGraderErrorStep, worstStatus } from './status.ts';
import type { Status } from './run-model.ts';

const CASES: { name: string; step: { status: Status; hook: boolean; errorType: string | undefined }; grader: boolean }[] = [
  { name: 'a failed assertion', step: { status: 'failed', hook: false, errorType: 'JestAssertionError' }, grader: false },
  { name: 'a refused manifest', step: { status: 'failed', hook: false, errorType: 'Error' }, grader: false },
  { name: 'a broken fixture', step: { status: 'failed', hook: false, errorType: 'FixtureError' }, grader: true },
  { name: 'a failed hook', step: { status: 'failed', hook: true, errorType: 'Error' }, grader: true },
  { name: 'an undefined step', step: { status: 'undefined', hook: false, errorType: undefined }, grader: true },
  { name: 'an ambiguous step', step: { status: 'ambiguous', hook: false, errorType: undefined }, grader: true },
  { name: 'a pending step', step: { status: 'pending', hook: false, errorType: undefined }, grader: true },
  { name: 'a skipped step', step: { status: 'skipped', hook: false, errorType: undefined }, grader: false },
  { name: 'a passed hook', step: { status: 'passed', hook: true, errorType: undefined }, grader: false },
];

for (const c of CASES) {
  test(`grader error or not: ${c.name}`, () => {
    expect(isGraderErrorStep(c.step)).toBe(c.grader);
  });
}

test('the worst status does not depend on the order of the steps', () => {
  const statuses: Status[] = ['passed', 'failed', 'skipped', 'pending', 'undefined', 'ambiguous', 'unknown'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...statuses), { minLength: 1 }), (list) => {
    expect(worstStatus([...list].reverse())).toBe(worstStatus(list));
    expect(list).toContain(worstStatus(list));
  }));
});
