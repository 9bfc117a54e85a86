// What the kubelet knows about one container of a pod, and its rendering as a v1 ContainerStatus
// (pkg/kubelet/kubelet_pods.go → convertToAPIContainerStatuses): state, lastState, ready,
// started, restartCount, containerID. Default waiting reasons ContainerCreating / PodInitializing.
import type { Container, ContainerState, ContainerStatus } from 'kubernetes-types/core/v1';
import { formatTimestamp } from '../clock/timestamp.ts';
import type { TaskHandle } from '../clock/virtual-clock.ts';
import type { ProbeWorker } from './prober/probe-worker.ts';
import type { ContainerInstance } from './runtime/container-instance.ts';

export interface Terminated {
  exitCode: number;
  reason: string;
  message?: string;
  startedAtMs: number;
  finishedAtMs: number;
  containerID: string;
}

export interface ContainerRecord {
  container: Container;
  init: boolean;
  waiting?: { reason: string; message?: string } | undefined;
  running?: { startedAtMs: number } | undefined;
  terminated?: Terminated | undefined;
  lastTerminated?: Terminated;
  restartCount: number;
  containerID?: string;
  imageID?: string;
  ready: boolean;
  started: boolean;
  /** A pull, create or start is in flight. */
  busy: boolean;
  instance?: ContainerInstance | undefined;
  /** The last run that exited, kept for its logs and environment (`kubectl logs`, `--previous` once it restarted). */
  exitedInstance?: ContainerInstance | undefined;
  probes: ProbeWorker[];
  timers: TaskHandle[];
}

export function newRecord(container: Container, init: boolean): ContainerRecord {
  return { container, init, restartCount: 0, ready: false, started: false, busy: false, probes: [], timers: [] };
}

export function containerStatus(r: ContainerRecord, defaultWaiting: string): ContainerStatus {
  const status: ContainerStatus = {
    name: r.container.name, image: r.container.image ?? '', imageID: r.imageID ?? '',
    ready: r.ready, restartCount: r.restartCount, started: r.started, state: currentState(r, defaultWaiting),
    lastState: r.lastTerminated ? { terminated: terminatedState(r.lastTerminated) } : {},
  };
  if (r.containerID !== undefined) status.containerID = r.containerID;
  return status;
}

function currentState(r: ContainerRecord, defaultWaiting: string): ContainerState {
  if (r.running) return { running: { startedAt: formatTimestamp(r.running.startedAtMs) } };
  if (r.waiting) return { waiting: { reason: r.waiting.reason, ...(r.waiting.message ? { message: r.waiting.message } : {}) } };
  if (r.terminated) return { terminated: terminatedState(r.terminated) };
  return { waiting: { reason: defaultWaiting } };
}

function terminatedState(t: Terminated): NonNullable<ContainerState['terminated']> {
  return {
    exitCode: t.exitCode, reason: t.reason, ...(t.message ? { message: t.message } : {}),
    startedAt: formatTimestamp(t.startedAtMs), finishedAt: formatTimestamp(t.finishedAtMs), containerID: t.containerID,
  };
}
