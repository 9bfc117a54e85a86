// Tests for the probe state machine: initial results, gates, thresholds (property), hold.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { probeSpec, validateProbe } from './probe-spec.ts';
import { ProbeWorker } from './probe-worker.ts';
import type { ProbeTickInput } from './probe-worker.ts';

const running = (nowMs: number, over: Partial<ProbeTickInput> = {}): ProbeTickInput => ({
  nowMs, containerID: 'c1', running: true, startedAtMs: 0, started: true, podDeleting: false, ...over,
});
const spec = (failureThreshold: number, successThreshold: number, initialDelaySeconds = 0) =>
  probeSpec({ exec: { command: ['true'] }, failureThreshold, successThreshold, initialDelaySeconds });

test('initial results: readiness Failure, liveness Success, startup Unknown', () => {
  expect(new ProbeWorker('Readiness', spec(3, 1)).result).toBe('Failure');
  expect(new ProbeWorker('Liveness', spec(3, 1)).result).toBe('Success');
  expect(new ProbeWorker('Startup', spec(3, 1)).result).toBe('Unknown');
});

test('gates: no container, not running, initial delay, startup gating, deletion', () => {
  const w = new ProbeWorker('Liveness', spec(3, 1, 15));
  expect(w.tick(running(0, { containerID: undefined }))).toEqual({ action: 'skip' });
  expect(w.tick(running(14_999))).toEqual({ action: 'skip' });
  expect(w.tick(running(15_000))).toEqual({ action: 'probe' });
  expect(w.tick(running(20_000, { started: false }))).toEqual({ action: 'skip' });
  expect(w.tick(running(20_000, { running: false }))).toEqual({ action: 'skip' });
  expect(w.result).toBe('Failure');
  expect(w.tick(running(30_000, { podDeleting: true }))).toEqual({ action: 'stop' });
  expect(w.result).toBe('Success');
  const s = new ProbeWorker('Startup', spec(3, 1));
  expect(s.tick(running(0, { started: false }))).toEqual({ action: 'probe' });
  expect(s.tick(running(0, { started: true }))).toEqual({ action: 'skip' });
});

test('liveness failure holds probing until a new container ID, which resets the result', () => {
  const w = new ProbeWorker('Liveness', spec(2, 1));
  w.tick(running(0));
  expect(w.record('Failure')).toBe(false);
  expect(w.record('Failure')).toBe(true);
  expect(w.result).toBe('Failure');
  expect(w.tick(running(10_000))).toEqual({ action: 'skip' });
  expect(w.tick(running(20_000, { containerID: 'c2', startedAtMs: 20_000 }))).toEqual({ action: 'probe' });
  expect(w.result).toBe('Success');
});

test('property: the stored result changes only after threshold-many identical outcomes', () => {
  fc.assert(fc.property(
    fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.boolean(), { maxLength: 40 }),
    (failureThreshold, successThreshold, outcomes) => {
      const w = new ProbeWorker('Readiness', spec(failureThreshold, successThreshold));
      let expected = 'Failure';
      let run = 0;
      let last: boolean | undefined;
      for (const ok of outcomes) {
        run = ok === last ? run + 1 : 1;
        last = ok;
        const before = expected;
        if (run >= (ok ? successThreshold : failureThreshold)) expected = ok ? 'Success' : 'Failure';
        expect(w.tick(running(0))).toEqual({ action: 'probe' });
        expect(w.record(ok ? 'Success' : 'Failure')).toBe(before !== expected);
        expect(w.result).toBe(expected);
      }
    }));
});

test('property: liveness kills after exactly failureThreshold consecutive failures', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.boolean(), { maxLength: 30 }), (threshold, outcomes) => {
    const w = new ProbeWorker('Liveness', spec(threshold, 1));
    let failures = 0;
    for (const ok of outcomes) {
      if (w.tick(running(0)).action !== 'probe') { expect(failures).toBe(threshold); return; }
      failures = ok ? 0 : failures + 1;
      expect(w.record(ok ? 'Success' : 'Failure')).toBe(failures === threshold);
    }
  }));
});

test('validation: no handler, two handlers, successThreshold on liveness', () => {
  expect(validateProbe({}, 'Liveness', 'spec.containers[0].livenessProbe')).toEqual([
    'spec.containers[0].livenessProbe: Required value: must specify a handler type',
  ]);
  expect(validateProbe({ exec: { command: ['true'] }, tcpSocket: { port: 80 }, successThreshold: 2 }, 'Liveness', 'p')).toEqual([
    'p.tcpSocket: Forbidden: may not specify more than 1 handler type',
    'p.successThreshold: Invalid value: 2: must be 1',
  ]);
  expect(validateProbe({ exec: { command: ['true'] }, successThreshold: 2 }, 'Readiness', 'p')).toEqual([]);
});
