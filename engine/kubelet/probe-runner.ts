// Runs a container's probes on the virtual clock (pkg/kubelet/prober/prober_manager.go →
// AddPod, worker.go → run). Deterministic schedule: the first probe runs at container start +
// initialDelaySeconds, then every periodSeconds (Kubernetes starts workers with a random jitter;
// we align them to the start). Failures emit `Unhealthy`; readiness flips `ready`; startup success
// sets `started`; a liveness/startup failure at threshold kills the container (`Killing`).
import type { Probe } from 'kubernetes-types/core/v1';
import type { ContainerRecord } from './container-record.ts';
import { msg } from './kubelet-events.ts';
import type { PodWorker } from './pod-worker.ts';
import { evaluateProbe } from './prober/probe-evaluate.ts';
import { probeSpec } from './prober/probe-spec.ts';
import type { ProbeType } from './prober/probe-spec.ts';
import { ProbeWorker } from './prober/probe-worker.ts';

const FIELDS: [ProbeType, 'startupProbe' | 'livenessProbe' | 'readinessProbe'][] = [
  ['Startup', 'startupProbe'], ['Liveness', 'livenessProbe'], ['Readiness', 'readinessProbe'],
];

export function startProbes(w: PodWorker, r: ContainerRecord): void {
  r.probes = [];
  for (const [type, field] of FIELDS) {
    const probe: Probe | undefined = r.container[field];
    if (!probe) continue;
    const worker = new ProbeWorker(type, probeSpec(probe));
    r.probes.push(worker);
    scheduleTick(w, r, worker, worker.spec.initialDelayMs);
  }
}

/**
 * A restarted kubelet's probe workers for a container that kept running: fresh workers whose next
 * tick keeps the alignment to the container's start; readiness is Failure again until a probe
 * passes (prober_manager.go → UpdatePodStatus); startup is not re-run once passed.
 */
export function resumeProbes(w: PodWorker, r: ContainerRecord): void {
  r.probes = [];
  const startedAtMs = r.running?.startedAtMs ?? w.rt.clock.nowMs();
  for (const [type, field] of FIELDS) {
    const probe: Probe | undefined = r.container[field];
    if (!probe) continue;
    const worker = new ProbeWorker(type, probeSpec(probe));
    r.probes.push(worker);
    if (type === 'Readiness') r.ready = false;
    const firstMs = startedAtMs + worker.spec.initialDelayMs;
    const elapsedMs = w.rt.clock.nowMs() - firstMs;
    const nextMs = elapsedMs <= 0 ? firstMs : firstMs + Math.ceil(elapsedMs / worker.spec.periodMs) * worker.spec.periodMs;
    scheduleTick(w, r, worker, nextMs - w.rt.clock.nowMs());
  }
}

export function stopProbes(_w: PodWorker, r: ContainerRecord): void {
  for (const t of r.timers) _w.rt.clock.cancel(t);
  r.timers = [];
}

function scheduleTick(w: PodWorker, r: ContainerRecord, worker: ProbeWorker, delayMs: number): void {
  r.timers.push(w.rt.clock.schedule(delayMs, w.rt.owner, () => {
    if (w.rt.stopped) return;
    runTick(w, r, worker);
    if (r.running) scheduleTick(w, r, worker, worker.spec.periodMs);
  }, 'timer'));
}

function runTick(w: PodWorker, r: ContainerRecord, worker: ProbeWorker): void {
  const tick = worker.tick({
    nowMs: w.rt.clock.nowMs(), containerID: r.containerID, running: r.running !== undefined,
    startedAtMs: r.running?.startedAtMs ?? 0, started: r.started, podDeleting: w.pod.metadata?.deletionTimestamp != null,
  });
  if (tick.action !== 'probe' || !r.instance) return;
  const forced = r.instance.faults[worker.type.toLowerCase() as 'liveness' | 'readiness' | 'startup'];
  const outcome = forced === undefined
    ? evaluateProbe(worker.spec.probe, r.container, w.podIP ?? '', r.instance)
    : forced ? { result: 'Success' as const, output: '' } : { result: 'Failure' as const, output: injectedOutput(worker.spec.probe, w.podIP ?? '') };
  // prober.go → probe: an error is reported and the result thrown away (worker.go → doProbe).
  if (outcome.result === 'Unknown') {
    w.rt.event(w.pod, 'Warning', 'Unhealthy', msg.probeErrored(worker.type, outcome.output), r);
    return;
  }
  if (outcome.result === 'Failure') w.rt.event(w.pod, 'Warning', 'Unhealthy', msg.unhealthy(worker.type, outcome.output), r);
  if (!worker.record(outcome.result)) return;
  onResultChanged(w, r, worker);
}

function onResultChanged(w: PodWorker, r: ContainerRecord, worker: ProbeWorker): void {
  if (worker.type === 'Readiness') {
    r.ready = worker.result === 'Success' && r.started;
  } else if (worker.result === 'Success') {
    r.started = true;
    r.ready = !r.probes.some((p) => p.type === 'Readiness');
  } else {
    const restarts = w.restartPolicy !== 'Never';
    const kind = worker.type === 'Liveness' ? 'liveness' : 'startup';
    w.rt.event(w.pod, 'Normal', 'Killing', msg.probeKill(r.container.name, kind, restarts), r);
    const grace = worker.spec.terminationGracePeriodSeconds ?? w.pod.spec?.terminationGracePeriodSeconds ?? 30;
    w.kill(r, grace);
  }
  w.requestStatus();
}

/** The output a failing probe shows when a fault step forces it to fail. */
function injectedOutput(probe: Probe, podIP: string): string {
  if (probe.httpGet) return 'HTTP probe failed with statuscode: 500';
  if (probe.tcpSocket) return `dial tcp ${podIP}:${String(probe.tcpSocket.port)}: connect: connection refused`;
  if (probe.grpc) return 'service unhealthy (responded with "NOT_SERVING")';
  return 'command terminated with exit code 1';
}
