// Steps that run kubectl and apply manifests, and check what kubectl printed. A command that
// fails on one of the feature author's broken fixtures fails its step with FixtureError (a
// grader error, support/fixture-problems.ts); a refusal by the API server is an ordinary failure.
import { expect } from 'expect';
import { defineStep } from './support/define.ts';
import type { KubespecWorld } from './support/world.ts';

function failOnError(world: KubespecWorld, what: string, problems: readonly string[] = []): void {
  const r = world.command;
  if (r.exitCode === 0) return;
  if (problems.length > 0) throw world.fixtures.error(problems, what, r);
  throw new Error(`${what} failed:\n${r.stderr}${r.stdout}`);
}

defineStep({
  pattern: 'I apply:',
  description: 'Applies the YAML docstring as `kubectl apply -f` would (create or update; multi-document and List allowed); the step fails with kubectl\'s error if the server refuses it.',
  example: 'When I apply:\n  """\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: settings\n  data:\n    mode: fast\n  """',
}, function (this: KubespecWorld, yaml: string) {
  failOnError(this, 'kubectl apply', this.applyDocString(yaml, true).problems);
});

defineStep({
  pattern: 'I try to apply:',
  description: 'Like "I apply:", but a refusal does not fail the step: check it with "the command fails with".',
  example: 'When I try to apply:\n  """\n  apiVersion: v1\n  kind: Pod\n  metadata:\n    name: Bad_Name\n  """',
}, function (this: KubespecWorld, yaml: string) {
  this.applyDocString(yaml, false);
});

defineStep({
  pattern: 'I apply the manifest {string}',
  description: 'Applies a manifest file: a path relative to the project root (usually under fixtures/), or `${submission}/...` for a file of the submission being graded (see `kubespec grade`).',
  example: 'When I apply the manifest "fixtures/workloads/web-deployment.yaml"',
}, function (this: KubespecWorld, path: string) {
  failOnError(this, `kubectl apply -f ${path}`, this.kubectl(`apply -f '${path}'`).problems);
});

defineStep({
  pattern: 'I run {string}',
  description: 'Runs a kubectl command line in-process at the current virtual instant (shell-like quoting, so -o jsonpath=\'{...}\' works). Never fails by itself: check the result with the steps below.',
  example: 'When I run "kubectl get pods -o wide"',
}, function (this: KubespecWorld, commandLine: string) {
  this.kubectl(commandLine);
});

defineStep({
  pattern: 'the command succeeds',
  description: 'The last command exited 0.',
  example: 'Then the command succeeds',
}, function (this: KubespecWorld) {
  failOnError(this, 'the command');
});

defineStep({
  pattern: 'the command fails with {string}',
  description: 'The last command exited non-zero and its error output contains the text.',
  example: 'Then the command fails with "Error from server (NotFound): pods \\"web\\" not found"',
}, function (this: KubespecWorld, text: string) {
  expect(this.command.exitCode).not.toBe(0);
  expect(this.command.stderr).toContain(text);
});

defineStep({
  pattern: 'the output is {string}',
  description: 'The last command printed exactly this (one line; the trailing newline is ignored).',
  example: 'Then the output is "3"',
}, function (this: KubespecWorld, text: string) {
  expect(this.command.stdout.replace(/\n$/, '')).toBe(text);
});

defineStep({
  pattern: 'the output is:',
  description: 'The last command printed exactly the docstring (trailing newline ignored).',
  example: 'Then the output is:\n  """\n  NAME   READY   UP-TO-DATE   AVAILABLE   AGE\n  web    3/3     3            3           45s\n  """',
}, function (this: KubespecWorld, text: string) {
  expect(this.command.stdout.replace(/\n$/, '')).toBe(text.replace(/\n$/, ''));
});

defineStep({
  pattern: 'the output contains {string}',
  description: 'The last command\'s standard output contains the text.',
  example: 'Then the output contains "deployment.apps/web created"',
}, function (this: KubespecWorld, text: string) {
  expect(this.command.stdout).toContain(text);
});
