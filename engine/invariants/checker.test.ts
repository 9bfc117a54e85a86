// The checker runs 'always' invariants after each write to their resources, 'settled' ones on
// request once per store revision, nothing it was told to skip, and records when it broke.
import { test } from 'node:test';
import { expect } from 'expect';
import { ObjectStore } from '../store/object-store.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import { InvariantChecker } from './checker.ts';
import type { Invariant } from './invariant.ts';

const pod = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' } });

function counting(name: string, mode: Invariant['mode'], resources: string[], runs: string[]): Invariant {
  return {
    name, mode, resources, description: name,
    check: (state) => { runs.push(`${name}@${state.revision}`); return state.list('pods').length > 1 ? [{ invariant: name, message: 'too many pods', objects: [] }] : []; },
  };
}

test('always after each write to its resources, settled once per revision, skipped never; violations carry time and revision', () => {
  const store = new ObjectStore();
  let now = 0;
  const runs: string[] = [];
  const checker = new InvariantChecker(store, () => now, [
    counting('pods-always', 'always', ['pods'], runs), counting('svc-always', 'always', ['services'], runs),
    counting('settled', 'settled', ['pods'], runs), counting('skipped', 'always', ['*'], runs),
  ]);
  checker.skip('skipped', 'a reason');
  store.create('pods', pod('a'));
  checker.checkSettled();
  checker.checkSettled();
  now = 1500;
  store.create('pods', pod('b'));
  checker.checkSettled();
  expect(runs).toEqual(['pods-always@1', 'settled@1', 'pods-always@2', 'settled@2']);
  expect(checker.violations.map((v) => [v.invariant, v.revision, v.t, v.time])).toEqual([
    ['pods-always', 2, 1500, '2025-01-01T00:00:01Z'], ['settled', 2, 1500, '2025-01-01T00:00:01Z'],
  ]);
  expect([...checker.checked].sort()).toEqual(['pods-always', 'settled']);
  expect([...checker.skipped]).toEqual([['skipped', 'a reason']]);
});
