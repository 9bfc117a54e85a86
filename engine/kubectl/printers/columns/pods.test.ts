// Named cases for printPod's READY/STATUS/RESTARTS (pkg/printers/internalversion/printers_test.go →
// TestPrintPod, TestPrintPodWithRestartableInitContainer give the shapes).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { podStatusCells } from './pods.ts';

const NOW_MS = 3_600_000; // 01:00:00 virtual
const at = (ms: number): string => {
  const s = Math.floor(ms / 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `2025-01-01T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}Z`;
};

function pod(status: NonNullable<Pod['status']>, extra: Partial<Pod> = {}): Pod {
  return { metadata: { name: 'p', ...(extra.metadata ?? {}) }, spec: { containers: [{ name: 'c' }], ...(extra.spec ?? {}) }, status };
}

const cases: Array<[string, Pod, string, string, string]> = [
  ['running and ready', pod({ phase: 'Running', containerStatuses: [{ name: 'c', ready: true, restartCount: 0, image: 'i', imageID: '', state: { running: {} } }] }), '1/1', 'Running', '0'],
  ['pending without statuses', pod({ phase: 'Pending' }), '0/1', 'Pending', '0'],
  ['container creating', pod({ phase: 'Pending', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: 'i', imageID: '', state: { waiting: { reason: 'ContainerCreating' } } }] }), '0/1', 'ContainerCreating', '0'],
  ['crash loop with restarts and last restart age', pod({ phase: 'Running', containerStatuses: [{ name: 'c', ready: false, restartCount: 3, image: 'i', imageID: '',
    state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: at(NOW_MS - 12_000) } } }] }), '0/1', 'CrashLoopBackOff', '3 (12s ago)'],
  ['completed', pod({ phase: 'Succeeded', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }), '0/1', 'Completed', '0'],
  ['error', pod({ phase: 'Failed', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 1, reason: 'Error' } } }] }), '0/1', 'Error', '0'],
  ['oom killed', pod({ phase: 'Running', containerStatuses: [{ name: 'c', ready: false, restartCount: 1, image: 'i', imageID: '', state: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }] }), '0/1', 'OOMKilled', '1'],
  ['exit code without reason', pod({ phase: 'Running', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 2 } } }] }), '0/1', 'ExitCode:2', '0'],
  ['signal without reason', pod({ phase: 'Running', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 0, signal: 9 } } }] }), '0/1', 'Signal:9', '0'],
  ['init container running', pod({ phase: 'Pending', initContainerStatuses: [{ name: 'init', ready: false, restartCount: 0, image: 'i', imageID: '', state: { running: {} } }] },
    { spec: { containers: [{ name: 'c' }], initContainers: [{ name: 'init' }] } }), '0/1', 'Init:0/1', '0'],
  ['init container crash looping', pod({ phase: 'Pending', initContainerStatuses: [{ name: 'init', ready: false, restartCount: 2, image: 'i', imageID: '', state: { waiting: { reason: 'CrashLoopBackOff' } } }] },
    { spec: { containers: [{ name: 'c' }], initContainers: [{ name: 'init' }] } }), '0/1', 'Init:CrashLoopBackOff', '2'],
  ['init container failed', pod({ phase: 'Pending', initContainerStatuses: [{ name: 'init', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 1, reason: 'Error' } } }] },
    { spec: { containers: [{ name: 'c' }], initContainers: [{ name: 'init' }] } }), '0/1', 'Init:Error', '0'],
  ['second init container of two', pod({ phase: 'Pending', initContainerStatuses: [
    { name: 'a', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    { name: 'b', ready: false, restartCount: 0, image: 'i', imageID: '', state: { waiting: { reason: 'PodInitializing' } } }] },
  { spec: { containers: [{ name: 'c' }], initContainers: [{ name: 'a' }, { name: 'b' }] } }), '0/1', 'Init:1/2', '0'],
  ['sidecar counts as a container', pod({ phase: 'Running', conditions: [{ type: 'Initialized', status: 'True' }], initContainerStatuses: [
    { name: 'side', ready: true, started: true, restartCount: 1, image: 'i', imageID: '', state: { running: {} } }],
  containerStatuses: [{ name: 'c', ready: true, restartCount: 0, image: 'i', imageID: '', state: { running: {} } }] },
  { spec: { containers: [{ name: 'c' }], initContainers: [{ name: 'side', restartPolicy: 'Always' }] } }), '2/2', 'Running', '1'],
  ['completed container next to a running one, pod ready', pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [
    { name: 'a', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    { name: 'b', ready: true, restartCount: 0, image: 'i', imageID: '', state: { running: {} } }] },
  { spec: { containers: [{ name: 'a' }, { name: 'b' }] } }), '1/2', 'Running', '0'],
  ['completed container next to a running one, pod not ready', pod({ phase: 'Running', containerStatuses: [
    { name: 'a', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    { name: 'b', ready: true, restartCount: 0, image: 'i', imageID: '', state: { running: {} } }] },
  { spec: { containers: [{ name: 'a' }, { name: 'b' }] } }), '1/2', 'NotReady', '0'],
  ['terminating', pod({ phase: 'Running', containerStatuses: [{ name: 'c', ready: true, restartCount: 0, image: 'i', imageID: '', state: { running: {} } }] },
    { metadata: { name: 'p', deletionTimestamp: at(0) } }), '1/1', 'Terminating', '0'],
  ['deleted on an unreachable node', pod({ phase: 'Running', reason: 'NodeLost' }, { metadata: { name: 'p', deletionTimestamp: at(0) } }), '0/1', 'Unknown', '0'],
  ['evicted', pod({ phase: 'Failed', reason: 'Evicted' }), '0/1', 'Evicted', '0'],
  ['scheduling gated', pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }), '0/1', 'SchedulingGated', '0'],
];

describe('printPod READY / STATUS / RESTARTS', () => {
  for (const [name, p, ready, reason, restarts] of cases) {
    it(name, () => expect(podStatusCells(p, NOW_MS)).toEqual({ ready, reason, restarts }));
  }
});
