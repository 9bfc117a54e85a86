import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

function newHarness(): KubectlHarness {
  const h = new KubectlHarness();
  h.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } });
  return h;
}

function podWith(h: KubectlHarness, name: string, status: Record<string, unknown>, containers = ['app'], nodeName = 'node-1'): void {
  h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
    spec: { nodeName, containers: containers.map((c) => ({ name: c, image: 'busybox' })) } });
  h.client.updateStatus('pods', { ...h.client.get<Pod>('pods', 'default', name), status } as never);
}

const running = (name: string, restartCount = 0, last?: Record<string, unknown>): Record<string, unknown> => ({
  name, image: 'busybox', imageID: '', ready: true, restartCount, state: { running: { startedAt: '2025-01-01T00:00:00Z' } },
  ...(last ? { lastState: { terminated: last } } : {}),
});

describe('kubectl logs', () => {
  it('prints what the container wrote, one line each', () => {
    const h = newHarness();
    podWith(h, 'web', { phase: 'Running', containerStatuses: [running('app')] });
    h.logs.set('default/web/app', ['hello', 'world']);
    expect(h.run('logs web')).toEqual({ stdout: 'hello\nworld\n', stderr: '', exitCode: 0 });
    expect(h.run('logs pod/web -c app').stdout).toBe('hello\nworld\n');
  });

  it('refuses a container that has not started, as the kubelet does', () => {
    const h = newHarness();
    podWith(h, 'web', { phase: 'Pending', containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] });
    expect(h.run('logs web')).toEqual({ stdout: '', stderr: 'Error from server (BadRequest): container "app" in pod "web" is waiting to start: ContainerCreating\n', exitCode: 1 });
  });

  it('says an image that cannot be pulled is being retried', () => {
    const h = newHarness();
    podWith(h, 'web', { phase: 'Pending', containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff' } } }] });
    expect(h.run('logs web').stderr).toBe('Error from server (BadRequest): container "app" in pod "web" is waiting to start: trying and failing to pull image\n');
  });

  it('needs an earlier run for --previous', () => {
    const h = newHarness();
    podWith(h, 'web', { phase: 'Running', containerStatuses: [running('app')] });
    expect(h.run('logs web --previous').stderr).toBe('Error from server (BadRequest): previous terminated container "app" in pod "web" not found\n');
    podWith(h, 'again', { phase: 'Running', containerStatuses: [running('app', 1, { exitCode: 137, reason: 'Error', startedAt: '2025-01-01T00:00:00Z', finishedAt: '2025-01-01T00:00:10Z' })] });
    h.logs.set('default/again/app/previous', ['before']);
    expect(h.run('logs again -p').stdout).toBe('before\n');
  });

  it('names an unknown container, an unscheduled pod and a missing pod as the API server does', () => {
    const h = newHarness();
    podWith(h, 'web', { phase: 'Running', containerStatuses: [running('app')] });
    expect(h.run('logs web -c nope').stderr).toBe('Error from server (BadRequest): container nope is not valid for pod web\n');
    h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pending', namespace: 'default' }, spec: { containers: [{ name: 'app', image: 'busybox' }] } });
    expect(h.run('logs pending').stderr).toBe('Error from server (BadRequest): pod pending does not have a host assigned\n');
    expect(h.run('logs ghost').stderr).toBe('Error from server (NotFound): pods "ghost" not found\n');
  });

  it('defaults to the first of several containers and says so on stderr', () => {
    const h = newHarness();
    podWith(h, 'two', { phase: 'Running', containerStatuses: [running('a'), running('b')] }, ['a', 'b']);
    h.logs.set('default/two/a', ['from a']);
    expect(h.run('logs two')).toEqual({ stdout: 'from a\n', stderr: 'Defaulted container "a" out of: a, b\n', exitCode: 0 });
  });
});
