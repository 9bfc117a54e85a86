// Tests for probe evaluation and Kubernetes' output strings.
import { test } from 'node:test';
import { expect } from 'expect';
import type { Container } from 'kubernetes-types/core/v1';
import { evaluateProbe } from './probe-evaluate.ts';
import type { ProbeTarget } from './probe-target.ts';

const container: Container = { name: 'app', image: 'app:1', ports: [{ name: 'http', containerPort: 8080 }] };
const target = (over: Partial<ProbeTarget> = {}): ProbeTarget => ({
  http: () => ({ kind: 'answer', answer: 200 }),
  tcp: () => true,
  grpc: () => 'SERVING',
  exec: () => ({ exitCode: 0, output: '', timedOut: false }),
  ...over,
});
const ip = '10.244.1.5';

test('httpGet: 2xx/3xx succeed, others fail with the status code; refused and timeout texts', () => {
  const probe = { httpGet: { path: '/healthz', port: 'http' } };
  expect(evaluateProbe(probe, container, ip, target())).toEqual({ result: 'Success', output: '' });
  expect(evaluateProbe(probe, container, ip, target({ http: () => ({ kind: 'answer', answer: 302 }) })).result).toBe('Success');
  expect(evaluateProbe(probe, container, ip, target({ http: () => ({ kind: 'answer', answer: 500 }) }))).toEqual({
    result: 'Failure', output: 'HTTP probe failed with statuscode: 500',
  });
  expect(evaluateProbe(probe, container, ip, target({ http: () => ({ kind: 'refused' }) })).output).toBe(
    'Get "http://10.244.1.5:8080/healthz": dial tcp 10.244.1.5:8080: connect: connection refused');
  expect(evaluateProbe(probe, container, ip, target({ http: () => ({ kind: 'answer', answer: 'timeout' }) })).output).toBe(
    'Get "http://10.244.1.5:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)');
  expect(evaluateProbe({ httpGet: { port: 'nope' } }, container, ip, target())).toEqual({ result: 'Unknown', output: 'strconv.Atoi: parsing "nope": invalid syntax' });
});

test('tcpSocket, grpc and exec', () => {
  expect(evaluateProbe({ tcpSocket: { port: 8080 } }, container, ip, target({ tcp: () => false }))).toEqual({
    result: 'Failure', output: 'dial tcp 10.244.1.5:8080: connect: connection refused',
  });
  expect(evaluateProbe({ grpc: { port: 9090 } }, container, ip, target({ grpc: () => 'NOT_SERVING' }))).toEqual({
    result: 'Failure', output: 'service unhealthy (responded with "NOT_SERVING")',
  });
  const cat = { exec: { command: ['cat', '/tmp/healthy'] } };
  const missing = { exitCode: 1, output: "cat: can't open '/tmp/healthy': No such file or directory\n", timedOut: false };
  expect(evaluateProbe(cat, container, ip, target({ exec: () => missing }))).toEqual({ result: 'Failure', output: missing.output });
  expect(evaluateProbe({ exec: { command: ['sleep', '5'] } }, container, ip, target({ exec: () => ({ exitCode: -1, output: '', timedOut: true }) })))
    .toEqual({ result: 'Failure', output: 'command "sleep 5" timed out' });
});
