// One pod's lifecycle on its node (pkg/kubelet/pod_workers.go + kuberuntime_manager.go →
// SyncPod/computePodActions, in one step per sync): init containers in order, then the app
// containers; image pulls, create, start; exits and restarts per restartPolicy with
// CrashLoopBackOff; probes; graceful termination. Every change is followed by one status update.
// Latencies: pull and start from the behaviour catalogue; sandbox 500ms; re-sync after a pull
// error 1s (the PLEG relist period); kill of a shell PID 1 waits the whole grace period (sh
// ignores SIGTERM) and exits 137, other images stop at once with exit code 0. Back-off waits
// (CrashLoopBackOff, ImagePullBackOff) are timers, so a crash-looping pod lets the cluster settle.
import type { Pod } from 'kubernetes-types/core/v1';
import type { TaskHandle } from '../clock/virtual-clock.ts';
import { newRecord } from './container-record.ts';
import type { ContainerRecord } from './container-record.ts';
import type { KubeletRuntime } from './kubelet-runtime.ts';
import { stopProbes } from './probe-runner.ts';
import { ensureImage } from './image-puller.ts';
import { resumeContainer, runContainer } from './container-starter.ts';
import { writePodStatus } from './pod-status-writer.ts';
import { msg } from './kubelet-events.ts';
import { ActiveDeadline, DEADLINE_MESSAGE, DEADLINE_REASON } from './active-deadline.ts';
import { podHandler } from './pod-endpoint.ts';
import { shouldContainerBeRestarted } from './restart-policy.ts';

export const SANDBOX_MS = 500;

export class PodWorker {
  readonly init: ContainerRecord[];
  readonly app: ContainerRecord[];
  podIP: string | undefined;
  sandboxReady = false;
  startTimeMs: number;
  terminal = false;
  /** Set when the kubelet fails the whole pod (activeDeadlineSeconds): phase Failed with this reason. */
  failure: { reason: string; message: string } | undefined;
  private readonly deadline: ActiveDeadline;
  private syncHandle: TaskHandle | undefined;
  private statusHandle: TaskHandle | undefined;
  private deleting = false;
  private terminating = false;

  constructor(public pod: Pod, readonly rt: KubeletRuntime) {
    this.init = (pod.spec?.initContainers ?? []).map((c) => newRecord(c, true));
    this.app = (pod.spec?.containers ?? []).map((c) => newRecord(c, false));
    this.startTimeMs = rt.clock.nowMs();
    this.deadline = new ActiveDeadline(this, () => this.deadlineExceeded());
    rt.clock.schedule(SANDBOX_MS, rt.owner, () => {
      this.podIP = rt.allocateIP();
      rt.network.attach(this.podIP, podHandler(this, this.podIP));
      this.sandboxReady = true;
      this.requestSync();
      this.requestStatus();
    }, 'work');
    this.requestStatus();
  }

  get uid(): string { return this.pod.metadata?.uid ?? ''; }
  get key(): string { return `${this.pod.metadata?.namespace ?? 'default'}/${this.pod.metadata?.name ?? ''}`; }
  /** format.Pod: name_namespace(uid). */
  get formatted(): string { return `${this.pod.metadata?.name ?? ''}_${this.pod.metadata?.namespace ?? 'default'}(${this.uid})`; }
  get restartPolicy(): string { return this.pod.spec?.restartPolicy ?? 'Always'; }

  update(pod: Pod): void {
    this.pod = pod;
    if (!this.terminal) this.deadline.update();
    if (pod.metadata?.deletionTimestamp && !this.deleting) {
      this.deleting = true;
      this.requestSync();
    }
  }

  requestSync(delayMs = 0, cls: 'work' | 'timer' = 'work'): void {
    if (delayMs === 0) {
      if (this.syncHandle) return;
      this.syncHandle = this.rt.clock.schedule(0, this.rt.owner, () => { this.syncHandle = undefined; this.sync(); }, cls);
    } else {
      this.rt.clock.schedule(delayMs, this.rt.owner, () => this.requestSync(), cls);
    }
  }

  requestStatus(): void {
    if (this.statusHandle) return;
    this.statusHandle = this.rt.clock.schedule(0, this.rt.owner, () => { this.statusHandle = undefined; writePodStatus(this); }, 'work');
  }

  private sync(): void {
    if (this.rt.stopped || this.terminal) return;
    if (this.failure) { this.requestStatus(); return; }
    if (this.deleting) { this.terminate(); return; }
    if (!this.sandboxReady) return;
    for (const r of this.init) {
      if (r.busy || r.running) return;
      if (r.terminated?.exitCode === 0 && !r.waiting) continue;
      if (r.terminated && this.restartPolicy === 'Never') { this.requestStatus(); return; }
      this.startOrRestart(r);
      return;
    }
    for (const r of this.app) {
      if (r.busy || r.running) continue;
      if (!r.terminated && r.containerID === undefined) this.startOrRestart(r);
      else if (r.terminated && shouldContainerBeRestarted(this.restartPolicy, r.terminated.exitCode)) this.startOrRestart(r);
    }
    this.requestStatus();
  }

  private startOrRestart(r: ContainerRecord): void {
    const t = r.terminated;
    if (t) {
      const key = `${this.uid}/${r.container.name}`;
      const now = this.rt.clock.nowMs();
      if (this.rt.containerBackoff.isInBackOffSince(key, t.finishedAtMs, now)) {
        const windowMs = this.rt.containerBackoff.get(key);
        if (r.waiting?.reason !== 'CrashLoopBackOff') {
          this.rt.event(this.pod, 'Warning', 'BackOff', msg.backOff(r.container.name, this.formatted), r);
        }
        r.waiting = { reason: 'CrashLoopBackOff', message: msg.crashLoop(windowMs, r.container.name, this.formatted) };
        r.lastTerminated = t;
        this.requestStatus();
        r.timers.push(this.rt.clock.schedule(t.finishedAtMs + windowMs - now, this.rt.owner, () => this.requestSync(), 'timer'));
        return;
      }
      this.rt.containerBackoff.next(key, t.finishedAtMs, now);
      r.lastTerminated = t;
      r.terminated = undefined;
      r.restartCount++;
    }
    r.busy = true;
    ensureImage(this, r, () => runContainer(this, r));
  }

  /** The container stopped (exit, crash, kill): record it and let the next sync decide. */
  containerExited(r: ContainerRecord, exitCode: number, reason: string, atMs: number, message?: string): void {
    if (!r.running || r.containerID === undefined) return;
    stopProbes(this, r);
    r.terminated = { exitCode, reason, startedAtMs: r.running.startedAtMs, finishedAtMs: atMs, containerID: r.containerID, ...(message ? { message } : {}) };
    r.running = undefined;
    r.waiting = undefined;
    r.ready = false;
    r.started = false;
    r.exitedInstance = r.instance;
    r.instance = undefined;
    this.requestSync();
    this.requestStatus();
  }

  /** Stops a running container: SIGTERM, then SIGKILL after the grace period (minimum 2s). */
  kill(r: ContainerRecord, gracePeriodSeconds: number, then?: () => void): void {
    const instance = r.instance;
    if (!instance || !r.running) { then?.(); return; }
    stopProbes(this, r);
    const shellPid1 = instance.process !== undefined;
    const graceMs = Math.max(2, gracePeriodSeconds) * 1000;
    const delayMs = shellPid1 ? graceMs : 0;
    this.rt.clock.schedule(delayMs, this.rt.owner, () => {
      this.containerExited(r, shellPid1 ? 137 : 0, shellPid1 ? 'Error' : 'Completed', this.rt.clock.nowMs());
      then?.();
    }, 'work');
  }

  private deadlineExceeded(): void {
    if (this.terminal || this.deleting) return;
    this.rt.event(this.pod, 'Normal', DEADLINE_REASON, DEADLINE_MESSAGE);
    this.failure = { reason: DEADLINE_REASON, message: DEADLINE_MESSAGE };
    const grace = this.pod.spec?.terminationGracePeriodSeconds ?? 30;
    for (const r of [...this.init, ...this.app]) {
      if (!r.running) continue;
      this.rt.event(this.pod, 'Normal', 'Killing', msg.stopping(r.container.name), r);
      this.kill(r, grace);
    }
    this.requestStatus();
  }

  private terminate(): void {
    if (this.terminating) return;
    this.terminating = true;
    const grace = this.pod.metadata?.deletionGracePeriodSeconds ?? this.pod.spec?.terminationGracePeriodSeconds ?? 30;
    const running = [...this.init, ...this.app].filter((r) => r.running);
    let remaining = running.length;
    const done = (): void => {
      if (--remaining > 0) return;
      this.terminal = true;
      writePodStatus(this);
      this.rt.forget(this);
      try {
        this.rt.client.delete('pods', this.pod.metadata?.namespace ?? 'default', this.pod.metadata?.name ?? '', { gracePeriodSeconds: 0 });
      } catch {
        // Already gone: nothing to do.
      }
    };
    for (const r of [...this.init, ...this.app]) for (const t of r.timers) this.rt.clock.cancel(t);
    if (running.length === 0) { remaining = 1; done(); return; }
    for (const r of running) {
      this.rt.event(this.pod, 'Normal', 'Killing', msg.stopping(r.container.name), r);
      this.kill(r, grace, done);
    }
  }

  /** The kubelet restarted: take the pod's running containers up again, then sync and report. */
  resume(): void {
    if (this.terminal) return;
    this.deadline.rearm();
    for (const r of [...this.init, ...this.app]) resumeContainer(this, r);
    this.requestSync();
    this.requestStatus();
  }

  /** Cancels the pod's timers; `detach` also takes it off the pod network (not when the kubelet dies). */
  releaseTimers(detach = true): void {
    this.deadline.cancel();
    if (detach && this.podIP !== undefined) this.rt.network.detach(this.podIP);
    for (const r of [...this.init, ...this.app]) { stopProbes(this, r); for (const t of r.timers) this.rt.clock.cancel(t); }
  }
}
