// Tests for the shell interpreter over virtual time: the Kubernetes docs' exec liveness example,
// operators, loops, redirection, BusyBox error texts, exec probes and busy loops.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { ShellProcess } from './shell-process.ts';
import type { ProcessStart } from './shell-process.ts';
import { SimFs } from './sim-fs.ts';

const start = (argv: string[], env: [string, string][] = []): ShellProcess => {
  const r: ProcessStart = ShellProcess.start(argv, new SimFs(), new Map(env), 0);
  if (!r.ok) throw new Error(r.message);
  return r.process;
};
const sh = (script: string): ShellProcess => start(['sh', '-c', script]);
const lines = (p: ShellProcess): string[] => p.logs.map((l) => `${l.atMs} ${l.stream} ${l.line}`);

test('the docs exec-liveness script: /tmp/healthy exists for 30s, then cat fails', () => {
  const p = start(['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600']);
  p.advanceTo(0);
  expect(p.exec(['cat', '/tmp/healthy'], 1000)).toEqual({ exitCode: 0, output: '', timedOut: false });
  p.advanceTo(29_999);
  expect(p.fs.isFile('/tmp/healthy')).toBe(true);
  p.advanceTo(30_000);
  expect(p.exec(['cat', '/tmp/healthy'], 1000)).toEqual({
    exitCode: 1, output: "cat: can't open '/tmp/healthy': No such file or directory\n", timedOut: false,
  });
  expect(p.nextWakeMs()).toBe(630_000);
  p.advanceTo(630_000);
  expect(p.exited).toEqual({ code: 0, atMs: 630_000 });
});

test('&&, || and $? follow sh semantics', () => {
  const p = sh('false && echo no; false || echo yes; cat /nope; echo "status $?"; true && echo ok || echo bad');
  p.advanceTo(0);
  expect(lines(p)).toEqual(['0 stdout yes', "0 stderr cat: can't open '/nope': No such file or directory", '0 stdout status 1', '0 stdout ok']);
  expect(p.exited).toEqual({ code: 0, atMs: 0 });
});

test('exit N ends the script with that code at that instant', () => {
  const p = sh('echo starting; sleep 5; exit 3; echo never');
  p.advanceTo(4_999);
  expect(p.exited).toBeUndefined();
  p.advanceTo(10_000);
  expect(p.exited).toEqual({ code: 3, atMs: 5_000 });
  expect(lines(p)).toEqual(['0 stdout starting']);
});

test('while loops with sleep tick on virtual time; redirections write files', () => {
  const p = start(['sh', '-c', 'i=0; while true; do echo "tick $NAME" >> /tmp/log; sleep 10; done'], [['NAME', 'web']]);
  p.advanceTo(25_000);
  expect(p.fs.read('/tmp/log')).toBe('tick web\ntick web\ntick web\n');
  p.advanceTo(30_000);
  expect(p.fs.read('/tmp/log')?.split('\n').length).toBe(5);
  expect(p.nextWakeMs()).toBe(40_000);
});

test('for, if, test and [ ] work; missing directories give BusyBox errors', () => {
  const p = sh('mkdir -p /data/x; for f in a b; do touch /data/x/$f; done; if [ -f /data/x/b ]; then echo found; else echo missing; fi; '
    + 'test -d /data/x && echo dir; echo hi > /no/such/file; touch /no/file; rm /data/x/zz; exit 7');
  p.advanceTo(0);
  expect(lines(p)).toEqual([
    '0 stdout found', '0 stdout dir', "0 stderr sh: can't create /no/such/file: nonexistent directory",
    '0 stderr touch: /no/file: No such file or directory', "0 stderr rm: can't remove '/data/x/zz': No such file or directory",
  ]);
  expect(p.exited?.code).toBe(7);
});

test('unknown commands: 127 inside sh, StartError as the container command', () => {
  const p = sh('nginx -g "daemon off;"');
  p.advanceTo(0);
  expect(lines(p)).toEqual(['0 stderr sh: nginx: not found']);
  expect(p.exited?.code).toBe(127);
  expect(ShellProcess.start(['nginx'], new SimFs(), new Map(), 0)).toEqual({
    ok: false,
    message: 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nginx": executable file not found in $PATH: unknown',
  });
});

test('direct commands and bare sh', () => {
  const s = start(['sleep', '3600']);
  s.advanceTo(3_599_999);
  expect(s.exited).toBeUndefined();
  s.advanceTo(3_600_000);
  expect(s.exited).toEqual({ code: 0, atMs: 3_600_000 });
  const bare = start(['sh']);
  bare.advanceTo(0);
  expect(bare.exited).toEqual({ code: 0, atMs: 0 });
});

test('syntax errors exit 2 with an sh message', () => {
  const p = sh('while true; do sleep 1;');
  p.advanceTo(0);
  expect(lines(p)).toEqual(['0 stderr sh: syntax error: unexpected "end of file" (expecting "done")']);
  expect(p.exited?.code).toBe(2);
});

test('a loop that never sleeps spins forever instead of hanging the engine', () => {
  const zero = sh('while true; do sleep 0; done');
  zero.advanceTo(10);
  expect(zero.nextWakeMs()).toBe(Number.POSITIVE_INFINITY);
  const p = sh('while true; do true; done');
  p.advanceTo(1_000_000);
  expect(p.exited).toBeUndefined();
  expect(p.nextWakeMs()).toBe(Number.POSITIVE_INFINITY);
});

test('exec probes time out when their own sleeps exceed the timeout', () => {
  const p = sh('sleep 1000');
  expect(p.exec(['sh', '-c', 'sleep 5'], 1000)).toMatchObject({ timedOut: true });
  expect(p.exec(['sh', '-c', 'sleep 0.5; echo ok'], 1000)).toEqual({ exitCode: 0, output: 'ok\n', timedOut: false });
});

test('property: sleep sequences end exactly at their sum', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 8 }), (secs) => {
    const p = sh(secs.map((s) => `sleep ${s}`).join('; '));
    const total = secs.reduce((a, b) => a + b, 0) * 1000;
    if (total > 0) { p.advanceTo(total - 1); expect(p.exited).toBeUndefined(); }
    p.advanceTo(total + 5000);
    expect(p.exited).toEqual({ code: 0, atMs: total });
  }));
});

test('output without a final newline is a partial line until the process exits', () => {
  const fs = new SimFs();
  fs.write('/etc/config/mode', 'fast');
  const r = ShellProcess.start(['sh', '-c', 'cat /etc/config/mode; sleep 10'], fs, new Map(), 0);
  if (!r.ok) throw new Error(r.message);
  r.process.advanceTo(0);
  expect(r.process.logs).toEqual([]);
  expect(r.process.partialLines()).toEqual(['fast']);
  r.process.advanceTo(10_000);
  expect(r.process.logs.map((l) => l.line)).toEqual(['fast']);
  expect(r.process.partialLines()).toEqual([]);
});

test('env prints the container environment as NAME=value lines', () => {
  const p = start(['sh', '-c', 'env'], [['CONFIG_DATA_1', 'value-1'], ['MODE', 'fast']]);
  p.advanceTo(0);
  expect(lines(p)).toEqual(['0 stdout CONFIG_DATA_1=value-1', '0 stdout MODE=fast']);
});
