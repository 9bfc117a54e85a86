// Creates and starts a container once its image is present: kuberuntime_container.go →
// startContainer (events Created, Started; `Error: %v` on failure), then watches for its own exit
// (behaviour exit rule, end of a shell script, memory above the limit → OOMKilled) and starts its
// probes. Shell images run the container's command/args (or the image's default command); a
// command that is not in the image fails with StartError and exit code 128, as containerd does.
import type { Container } from 'kubernetes-types/core/v1';
import { parseQuantityBytes } from './behaviour/duration.ts';
import type { ContainerRecord } from './container-record.ts';
import { msg } from './kubelet-events.ts';
import type { PodWorker } from './pod-worker.ts';
import { resumeProbes, startProbes } from './probe-runner.ts';
import { ContainerInstance } from './runtime/container-instance.ts';
import { ShellProcess } from './shell/shell-process.ts';
import { SimFs } from './shell/sim-fs.ts';
import { CREATE_CONTAINER_CONFIG_ERROR, generateContainerConfig } from './config/container-config.ts';
import { CONFIG_VOLUME_SYNC_MS, syncConfigVolumes } from './config/volume-sync.ts';
import { configMountPaths, volumeSetUpError } from './config/volume-files.ts';

/** pkg/kubelet/pod_workers.go: a failed sync is retried after backOffPeriod (10s; jitter left out). */
export const CONFIG_ERROR_RETRY_MS = 10_000;

export function runContainer(w: PodWorker, r: ContainerRecord): void {
  const rt = w.rt;
  const resolved = rt.catalogue.resolve(r.container.image ?? '');
  if (resolved.kind !== 'resolved') return;
  const behaviour = resolved.behaviour;
  const mountError = volumeSetUpError(w.pod, rt.configSource);
  if (mountError !== undefined) return mountFailed(w, r, mountError);
  const config = generateContainerConfig(r.container, w.pod.metadata?.namespace ?? 'default', rt.configSource);
  if (!config.ok) return configError(w, r, config.message);
  for (const warning of config.warnings) rt.event(w.pod, 'Warning', 'InvalidEnvironmentVariableNames', warning);
  r.containerID = `containerd://${rt.random.string(64, '0123456789abcdef')}`;
  rt.event(w.pod, 'Normal', 'Created', msg.created(r.container.name), r);
  const startMs = rt.random.intBetween(behaviour.start.minMs, behaviour.start.maxMs);
  r.timers.push(rt.clock.schedule(startMs, rt.owner, () => {
    const now = rt.clock.nowMs();
    const argv = behaviour.shell ? commandLine(r.container, behaviour.defaultCommand) : undefined;
    if (argv && argv.length > 0) {
      const probe = ShellProcess.start(argv, new SimFs(), new Map(), now);
      if (!probe.ok) return startError(w, r, probe.message, now);
    }
    rt.event(w.pod, 'Normal', 'Started', msg.started(r.container.name), r);
    r.busy = false;
    r.waiting = undefined;
    r.running = { startedAtMs: now };
    r.instance = new ContainerInstance(behaviour, now, argv, config.env, memoryLimit(r.container), () => rt.clock.nowMs());
    syncConfigVolumes(r.instance.fs, w.pod, r.container, rt.configSource);
    if (configMountPaths(w.pod, r.container).length > 0) refreshVolumes(w, r, r.instance);
    const hasStartup = r.container.startupProbe !== undefined;
    r.started = !hasStartup;
    r.ready = !hasStartup && r.container.readinessProbe === undefined;
    startProbes(w, r);
    watchExit(w, r);
    w.requestSync();
    w.requestStatus();
  }, 'work'));
}

/** A restarted kubelet takes up a container that kept running: its probes, exit and volume refresh. */
export function resumeContainer(w: PodWorker, r: ContainerRecord): void {
  const instance = r.instance;
  if (!r.running || !instance) return;
  resumeProbes(w, r);
  watchExit(w, r);
  if (configMountPaths(w.pod, r.container).length > 0) refreshVolumes(w, r, instance);
}

/**
 * Schedules the container's own exit. For app containers it is a timer (the cluster is at rest
 * while they run); an init container's exit is work, since the pod cannot start until it ends.
 */
export function watchExit(w: PodWorker, r: ContainerRecord): void {
  const instance = r.instance;
  const planned = instance?.plannedExit();
  if (!instance || !planned) return;
  const delayMs = Math.max(0, planned.atMs - w.rt.clock.nowMs());
  r.timers.push(w.rt.clock.schedule(delayMs, w.rt.owner, () => {
    if (r.instance !== instance) return;
    const again = instance.plannedExit();
    if (!again || again.code < 0 || again.atMs > w.rt.clock.nowMs()) { watchExit(w, r); return; }
    w.containerExited(r, again.code, again.reason, again.atMs);
  }, r.init ? 'work' : 'timer'));
}

function startError(w: PodWorker, r: ContainerRecord, message: string, now: number): void {
  w.rt.event(w.pod, 'Warning', 'Failed', msg.error(message), r);
  r.busy = false;
  r.running = { startedAtMs: now };
  w.containerExited(r, 128, 'StartError', now, message);
}

/** The catalogue's `command` is the image's CMD (shell images have no ENTRYPOINT), so args replace it. */
function commandLine(c: Container, imageCmd: string[]): string[] {
  if (c.command && c.command.length > 0) return [...c.command, ...(c.args ?? [])];
  if (c.args && c.args.length > 0) return [...c.args];
  return imageCmd;
}

/** CreateContainerConfigError: the container stays waiting; the worker retries after its back-off. */
function configError(w: PodWorker, r: ContainerRecord, message: string): void {
  w.rt.event(w.pod, 'Warning', 'Failed', msg.error(message), r);
  r.busy = false;
  r.waiting = { reason: CREATE_CONTAINER_CONFIG_ERROR, message };
  w.requestStatus();
  r.timers.push(w.rt.clock.schedule(CONFIG_ERROR_RETRY_MS, w.rt.owner, () => w.requestSync(), 'timer'));
}

/**
 * A volume could not be set up: a pod-level FailedMount warning; the container keeps its default
 * waiting reason (ContainerCreating) and the worker retries after its back-off. Upstream the
 * volume manager mounts before any container is pulled; here the check comes after the pull.
 */
function mountFailed(w: PodWorker, r: ContainerRecord, message: string): void {
  w.rt.event(w.pod, 'Warning', 'FailedMount', message);
  r.busy = false;
  w.requestStatus();
  r.timers.push(w.rt.clock.schedule(CONFIG_ERROR_RETRY_MS, w.rt.owner, () => w.requestSync(), 'timer'));
}

/** Rewrites the container's config volumes every CONFIG_VOLUME_SYNC_MS while this run lasts. */
function refreshVolumes(w: PodWorker, r: ContainerRecord, instance: ContainerInstance): void {
  r.timers.push(w.rt.clock.schedule(CONFIG_VOLUME_SYNC_MS, w.rt.owner, () => {
    if (r.instance !== instance || w.rt.stopped) return;
    instance.process?.advanceTo(w.rt.clock.nowMs()); // commands before this instant read the old files
    syncConfigVolumes(instance.fs, w.pod, r.container, w.rt.configSource);
    refreshVolumes(w, r, instance);
  }, 'timer'));
}

function memoryLimit(c: Container): number | undefined {
  const limit = c.resources?.limits?.['memory'];
  return limit === undefined ? undefined : parseQuantityBytes(String(limit));
}
