// Steps about the invariant library: assert one explicitly, expect a violation a scenario
// causes on purpose (and when it happened), and list what the scenario checked.
import { expect } from 'expect';
import { findInvariant, invariantLibrary } from '../engine/invariants/library/index.ts';
import { parseTimestamp } from '../engine/clock/timestamp.ts';
import { defineStep } from './support/define.ts';
import { instant } from './support/journal-excerpt.ts';
import type { KubespecWorld } from './support/world.ts';

function invariantNamed(name: string) {
  const inv = findInvariant(name);
  if (!inv) throw new Error(`unknown invariant "${name}"; known: ${invariantLibrary.map((i) => i.name).join(', ')}`);
  return inv;
}

defineStep({
  pattern: 'the invariant {string} holds',
  description: 'Checks one invariant of the library against the cluster now, whatever its mode.',
  example: 'Then the invariant "replicaset-owns-replicas" holds',
}, function (this: KubespecWorld, name: string) {
  const found = this.cluster.invariants.checkNow(invariantNamed(name));
  if (found.length > 0) throw new Error(found.map((v) => v.message).join('\n'));
});

defineStep({
  pattern: 'the invariant {string} was violated',
  description: 'The scenario broke the invariant on purpose: it was violated at least once, and that does not fail the scenario.',
  example: 'Then the invariant "unique-pod-ips" was violated',
}, function (this: KubespecWorld, name: string) {
  invariantNamed(name);
  this.expectedViolations.add(name);
  expect(this.cluster.invariants.violations.map((v) => v.invariant)).toContain(name);
});

defineStep({
  pattern: 'the invariant {string} was first violated at {string}',
  description: 'Like "was violated", and the first violation happened at exactly this virtual instant (RFC3339, milliseconds optional).',
  example: 'Then the invariant "unique-pod-ips" was first violated at "2025-01-01T00:00:05.200Z"',
}, function (this: KubespecWorld, name: string, time: string) {
  invariantNamed(name);
  this.expectedViolations.add(name);
  const want = parseTimestamp(time);
  if (want === undefined) throw new Error(`"${time}" is not an RFC3339 time`);
  const first = this.cluster.invariants.violations.find((v) => v.invariant === name);
  if (!first) throw new Error(`the invariant "${name}" was never violated`);
  if (first.t !== want) throw new Error(`the invariant "${name}" was first violated at ${instant(first.t)} (revision ${first.revision}), not ${instant(want)}: ${first.message}`);
});

defineStep({
  pattern: 'I list the checked invariants',
  description: 'Puts the names of the invariants this scenario has checked so far, one per line, in the command output, then the ones it skips with their reasons (`skipped <name>: <reason>`).',
  example: 'When I list the checked invariants',
}, function (this: KubespecWorld) {
  const names = [...this.cluster.invariants.checked].sort();
  const skipped = [...this.cluster.invariants.skipped].map(([name, reason]) => `skipped ${name}: ${reason}`);
  this.lastCommand = { stdout: [...names, ...skipped].map((n) => `${n}\n`).join(''), stderr: '', exitCode: 0 };
});
