// Tests for pod phase (getPhase), conditions (generate.go); the QoS class is the API server's (engine/api/pod/pod-qos.test.ts).
import { test } from 'node:test';
import { expect } from 'expect';
import type { ContainerStatus, PodSpec } from 'kubernetes-types/core/v1';
import { podConditions } from './pod-conditions.ts';
import { podPhase } from './pod-phase.ts';
import { shouldContainerBeRestarted } from './restart-policy.ts';

const spec = (restartPolicy: 'Always' | 'OnFailure' | 'Never', names = ['app'], init: string[] = []): PodSpec => ({
  restartPolicy, containers: names.map((name) => ({ name })), initContainers: init.map((name) => ({ name })),
});
const base = { image: 'x', imageID: '', restartCount: 0 };
const running = (name: string, ready = true): ContainerStatus => ({ ...base, name, ready, state: { running: { startedAt: 't' } } });
const exited = (name: string, exitCode: number): ContainerStatus => ({ ...base, name, ready: false, state: { terminated: { exitCode } } });
const waiting = (name: string, reason: string, lastExit?: number): ContainerStatus => ({
  ...base, name, ready: false, state: { waiting: { reason } },
  ...(lastExit === undefined ? {} : { lastState: { terminated: { exitCode: lastExit } } }),
});

test('phase table (getPhase)', () => {
  const cases: [string, PodSpec, ContainerStatus[], ContainerStatus[], string][] = [
    ['nothing known', spec('Always'), [], [], 'Pending'],
    ['creating', spec('Always'), [], [waiting('app', 'ContainerCreating')], 'Pending'],
    ['running', spec('Always'), [], [running('app')], 'Running'],
    ['crash loop keeps Running', spec('Always'), [], [waiting('app', 'CrashLoopBackOff', 1)], 'Running'],
    ['Always, exited 0, still Running', spec('Always'), [], [exited('app', 0)], 'Running'],
    ['OnFailure exit 0 → Succeeded', spec('OnFailure'), [], [exited('app', 0)], 'Succeeded'],
    ['OnFailure exit 1 → Running', spec('OnFailure'), [], [exited('app', 1)], 'Running'],
    ['Never exit 1 → Failed', spec('Never'), [], [exited('app', 1)], 'Failed'],
    ['Never exit 0 → Succeeded', spec('Never'), [], [exited('app', 0)], 'Succeeded'],
    ['Never, one done one running', spec('Never', ['a', 'b']), [], [exited('a', 0), running('b')], 'Running'],
    ['init pending', spec('Always', ['app'], ['init']), [running('init')], [waiting('app', 'PodInitializing')], 'Pending'],
    ['init failed, Never', spec('Never', ['app'], ['init']), [exited('init', 1)], [waiting('app', 'PodInitializing')], 'Failed'],
    ['init failed, Always', spec('Always', ['app'], ['init']), [waiting('init', 'CrashLoopBackOff', 1)], [waiting('app', 'PodInitializing')], 'Pending'],
    ['image pull failing', spec('Always'), [], [waiting('app', 'ImagePullBackOff')], 'Pending'],
  ];
  for (const [name, s, init, app, phase] of cases) expect({ name, phase: podPhase(s, init, app) }).toEqual({ name, phase });
});

test('conditions: ContainersNotReady with Go list rendering, transition times kept', () => {
  const s = spec('Always', ['app', 'sidecar']);
  const first = podConditions({ spec: s, init: [], app: [running('app', false), running('sidecar', false)], phase: 'Running',
    sandboxReady: true, previous: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: 't0' }], now: 't1' });
  expect(first.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
    ['PodReadyToStartContainers', 'True', undefined, undefined],
    ['Initialized', 'True', undefined, undefined],
    ['Ready', 'False', 'ContainersNotReady', 'containers with unready status: [app sidecar]'],
    ['ContainersReady', 'False', 'ContainersNotReady', 'containers with unready status: [app sidecar]'],
    ['PodScheduled', 'True', undefined, undefined],
  ]);
  const second = podConditions({ spec: s, init: [], app: [running('app'), running('sidecar', false)], phase: 'Running', sandboxReady: true, previous: first, now: 't2' });
  expect(second.find((c) => c.type === 'Ready')).toMatchObject({ message: 'containers with unready status: [sidecar]', lastTransitionTime: 't1' });
  const third = podConditions({ spec: s, init: [], app: [running('app'), running('sidecar')], phase: 'Running', sandboxReady: true, previous: second, now: 't3' });
  expect(third.find((c) => c.type === 'Ready')).toEqual({ type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: 't3' });
});

test('conditions: init incomplete, completed pod', () => {
  const s = spec('Never', ['app'], ['init']);
  const c = podConditions({ spec: s, init: [running('init')], app: [waiting('app', 'PodInitializing')], phase: 'Pending', sandboxReady: true, previous: [], now: 't' });
  expect(c.find((x) => x.type === 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init]' });
  const done = podConditions({ spec: s, init: [exited('init', 0)], app: [exited('app', 0)], phase: 'Succeeded', sandboxReady: false, previous: [], now: 't' });
  expect(done.find((x) => x.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
  expect(done.find((x) => x.type === 'Initialized')).toMatchObject({ status: 'True', reason: 'PodCompleted' });
});

test('restart policy table (ShouldContainerBeRestarted)', () => {
  const cases: [string, number, boolean][] = [
    ['Always', 0, true], ['Always', 1, true], ['OnFailure', 0, false], ['OnFailure', 137, true], ['Never', 0, false], ['Never', 1, false],
  ];
  for (const [policy, code, restart] of cases) expect({ policy, code, restart: shouldContainerBeRestarted(policy, code) }).toEqual({ policy, code, restart });
});
