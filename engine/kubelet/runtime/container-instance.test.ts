// Tests for the simulated container: probe answers over time, planned exits, OOM, exec.
import { test } from 'node:test';
import { expect } from 'expect';
import { BehaviourCatalogue } from '../behaviour/catalogue.ts';
import type { ContainerBehaviour } from '../behaviour/types.ts';
import { ContainerInstance } from './container-instance.ts';

function behaviour(yaml: string): ContainerBehaviour {
  const r = new BehaviourCatalogue().addYaml('t.yaml', `images:\n  - match: app:*\n${yaml.replace(/^/gm, '    ')}`).resolve('app:1');
  if (r.kind !== 'resolved') throw new Error('unresolved');
  return r.behaviour;
}

test('ports listen after `ready`, scripted HTTP answers change at their time', () => {
  let now = 1000;
  const b = behaviour('ready: 5s\nports: [{ port: 8080, http: { /healthz: 200 } }]\nchanges: [{ from: 60s, http: { /healthz: 500 } }, { from: 90s, listening: false }]');
  const c = new ContainerInstance(b, 1000, undefined, new Map(), undefined, () => now);
  expect(c.http(8080, '/healthz')).toEqual({ kind: 'refused' });
  now = 6000;
  expect(c.http(8080, '/healthz')).toEqual({ kind: 'answer', answer: 200 });
  expect(c.http(8080, '/other')).toEqual({ kind: 'answer', answer: 404 });
  expect(c.tcp(9090)).toBe(false);
  now = 61_000;
  expect(c.http(8080, '/healthz')).toEqual({ kind: 'answer', answer: 500 });
  now = 91_000;
  expect(c.tcp(8080)).toBe(false);
});

test('planned exits: exit rule, OOM above the limit, shell script end', () => {
  const now = 0;
  expect(new ContainerInstance(behaviour('exit: { after: 30s, code: 0 }'), 0, undefined, new Map(), undefined, () => now).plannedExit())
    .toEqual({ atMs: 30_000, code: 0, reason: 'Completed' });
  const leaky = behaviour('memory: 10Mi\nchanges: [{ from: 20s, memory: 1Gi }]');
  expect(new ContainerInstance(leaky, 0, undefined, new Map(), 512 * 1024 * 1024, () => now).plannedExit())
    .toEqual({ atMs: 20_000, code: 137, reason: 'OOMKilled' });
  expect(new ContainerInstance(leaky, 0, undefined, new Map(), undefined, () => now).plannedExit()).toBeUndefined();
  const shell = new ContainerInstance(behaviour('shell: true'), 0, ['sh', '-c', 'sleep 5; exit 3'], new Map(), undefined, () => now);
  expect(shell.plannedExit()).toEqual({ atMs: 5_000, code: -1, reason: 'Completed' });
});

test('exec in a non-shell image sees its files and scripted file changes', () => {
  let now = 0;
  const c = new ContainerInstance(behaviour('files: [/etc/app.conf]\nchanges: [{ from: 10s, remove: [/etc/app.conf], create: [/tmp/ready] }]'), 0, undefined, new Map(), undefined, () => now);
  expect(c.exec(['cat', '/etc/app.conf'], 1000).exitCode).toBe(0);
  now = 10_000;
  expect(c.exec(['test', '-f', '/tmp/ready'], 1000).exitCode).toBe(0);
  expect(c.exec(['cat', '/etc/app.conf'], 1000).output).toBe("cat: can't open '/etc/app.conf': No such file or directory\n");
});
