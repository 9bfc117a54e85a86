// The per-container, per-probe-type state machine of pkg/kubelet/prober/worker.go → newWorker,
// doProbe: the initial result (readiness Failure, liveness Success, startup Unknown), the gates
// (container not running → Failure; initialDelaySeconds; startup gating; pod deletion forcing
// liveness/startup to Success), the threshold counting, and the hold after a liveness/startup
// failure until a new container ID. Pure: the kubelet calls `tick` at each period and executes.
import type { ProbeSpec, ProbeType } from './probe-spec.ts';

export type ProbeResult = 'Success' | 'Failure' | 'Unknown';

export interface ProbeTickInput {
  nowMs: number;
  containerID: string | undefined;
  running: boolean;
  startedAtMs: number;
  /** containerStatus.started: the startup probe has succeeded (or there is none). */
  started: boolean;
  podDeleting: boolean;
}

export type ProbeTick =
  | { action: 'skip' }
  | { action: 'probe' }
  | { action: 'stop' };

export class ProbeWorker {
  /** The result the kubelet acts on (results manager value). */
  result: ProbeResult;
  private containerID: string | undefined;
  private onHold = false;
  private lastResult: ProbeResult = 'Unknown';
  private resultRun = 0;

  constructor(readonly type: ProbeType, readonly spec: ProbeSpec) {
    this.result = initialResult(type);
  }

  /** What doProbe does before running the probe; 'probe' means call `record` with the outcome. */
  tick(input: ProbeTickInput): ProbeTick {
    if (input.containerID === undefined) return { action: 'skip' };
    if (input.containerID !== this.containerID) {
      this.containerID = input.containerID;
      this.result = initialResult(this.type);
      this.onHold = false;
    }
    if (this.onHold) return { action: 'skip' };
    if (!input.running) {
      this.result = 'Failure';
      return { action: 'skip' };
    }
    if (input.podDeleting && this.type !== 'Readiness') {
      this.result = 'Success';
      return { action: 'stop' };
    }
    // int32(time.Since(startedAt).Seconds()) < initialDelaySeconds: whole seconds, truncated.
    if (Math.trunc((input.nowMs - input.startedAtMs) / 1000) * 1000 < this.spec.initialDelayMs) return { action: 'skip' };
    if (input.started === (this.type === 'Startup')) return { action: 'skip' };
    return { action: 'probe' };
  }

  /** Counts a probe outcome; returns true when the stored result changed to `outcome`. */
  record(outcome: 'Success' | 'Failure'): boolean {
    if (this.lastResult === outcome) this.resultRun++;
    else { this.lastResult = outcome; this.resultRun = 1; }
    const threshold = outcome === 'Failure' ? this.spec.failureThreshold : this.spec.successThreshold;
    if (this.resultRun < threshold) return false;
    const changed = this.result !== outcome;
    this.result = outcome;
    if (this.type !== 'Readiness' && outcome === 'Failure') {
      this.onHold = true;
      this.resultRun = 0;
      return true;
    }
    return changed;
  }
}

export function initialResult(type: ProbeType): ProbeResult {
  return type === 'Readiness' ? 'Failure' : type === 'Liveness' ? 'Success' : 'Unknown';
}
