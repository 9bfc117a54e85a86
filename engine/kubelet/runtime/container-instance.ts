// One started container in the simulated runtime: its behaviour (catalogue entry), its shell
// process for shell images, its filesystem, and the faults injected into it. It answers probes
// at any instant (ProbeTarget) and predicts when it will exit on its own (exit rule, script end,
// memory above the limit → OOMKilled 137). Times in `changes` are relative to `startedAtMs`.
import type { GrpcServing, HttpAnswer, ContainerBehaviour } from '../behaviour/types.ts';
import type { ProbeTarget, HttpOutcome } from '../prober/probe-target.ts';
import { SimFs } from '../shell/sim-fs.ts';
import { ShellProcess } from '../shell/shell-process.ts';
import type { ExecResult } from '../shell/shell-process.ts';

export interface PlannedExit { atMs: number; code: number; reason: 'Completed' | 'Error' | 'OOMKilled' }

/** Probe faults injected by steps: forced outcomes per probe kind until cleared. */
export interface ProbeFaults { liveness?: boolean; readiness?: boolean; startup?: boolean }

export class ContainerInstance implements ProbeTarget {
  readonly fs: SimFs;
  readonly process: ShellProcess | undefined;
  readonly faults: ProbeFaults = {};

  constructor(readonly behaviour: ContainerBehaviour, readonly startedAtMs: number, argv: string[] | undefined,
    readonly env: ReadonlyMap<string, string>, private readonly memoryLimitBytes: number | undefined, private readonly now: () => number) {
    this.fs = SimFs.withFiles(behaviour.files);
    const started = argv && argv.length > 0 ? ShellProcess.start(argv, this.fs, env, startedAtMs) : undefined;
    this.process = started?.ok ? started.process : undefined;
  }

  /** The exit this container will make on its own, if any (earliest of script, rule, OOM). */
  plannedExit(): PlannedExit | undefined {
    const candidates: PlannedExit[] = [];
    if (this.process) {
      this.process.advanceTo(this.now());
      if (this.process.exited) candidates.push(exitOf(this.process.exited.atMs, this.process.exited.code));
      else {
        const wake = this.process.nextWakeMs();
        if (wake !== undefined && Number.isFinite(wake)) candidates.push({ atMs: wake, code: -1, reason: 'Completed' });
      }
    } else if (this.behaviour.exit) {
      candidates.push(exitOf(this.startedAtMs + this.behaviour.exit.afterMs, this.behaviour.exit.code));
    }
    for (const ch of this.behaviour.changes) {
      if (ch.exitCode !== undefined) candidates.push(exitOf(this.startedAtMs + ch.fromMs, ch.exitCode));
    }
    const oomAt = this.oomAtMs();
    if (oomAt !== undefined) candidates.push({ atMs: oomAt, code: 137, reason: 'OOMKilled' });
    return candidates.sort((a, b) => a.atMs - b.atMs)[0];
  }

  http(port: number, path: string): HttpOutcome {
    if (!this.listening(port)) return { kind: 'refused' };
    const p = this.behaviour.ports.find((x) => x.port === port);
    let answers: Record<string, HttpAnswer> = { ...(p?.http ?? { '*': 200 }) };
    for (const ch of this.activeChanges()) if (ch.http && (ch.port === undefined || ch.port === port)) answers = { ...answers, ...ch.http };
    return { kind: 'answer', answer: answers[path] ?? answers['*'] ?? 404 };
  }

  tcp(port: number): boolean {
    return this.listening(port);
  }

  grpc(port: number): GrpcServing | 'refused' {
    if (!this.listening(port)) return 'refused';
    let status = this.behaviour.ports.find((x) => x.port === port)?.grpc ?? 'SERVING';
    for (const ch of this.activeChanges()) if (ch.grpc && (ch.port === undefined || ch.port === port)) status = ch.grpc;
    return status;
  }

  exec(command: string[], timeoutMs: number): ExecResult {
    if (this.process) {
      this.process.advanceTo(this.now());
      return this.process.exec(command, timeoutMs);
    }
    this.applyFileChanges();
    const probe = ShellProcess.start(['sh', '-c', 'sleep 0'], this.fs, this.env, this.now());
    return probe.ok ? probe.process.exec(command, timeoutMs) : { exitCode: 126, output: probe.message, timedOut: false };
  }

  /** Log lines written up to now, in order (`kubectl logs`). */
  logs(): string[] {
    const elapsed = this.now() - this.startedAtMs;
    const declared = this.behaviour.logs.filter((l) => l.atMs <= elapsed).map((l) => l.line);
    this.process?.advanceTo(this.now());
    return [...declared, ...(this.process?.logs.map((l) => l.line) ?? []), ...(this.process?.partialLines() ?? [])];
  }

  private listening(port: number): boolean {
    if (this.now() - this.startedAtMs < this.behaviour.readyAfterMs) return false;
    if (!this.behaviour.ports.some((p) => p.port === port)) return false;
    let on = true;
    for (const ch of this.activeChanges()) if (ch.listening !== undefined && (ch.port === undefined || ch.port === port)) on = ch.listening;
    return on;
  }

  private activeChanges(): ContainerBehaviour['changes'] {
    const elapsed = this.now() - this.startedAtMs;
    return this.behaviour.changes.filter((c) => c.fromMs <= elapsed);
  }

  private applyFileChanges(): void {
    for (const ch of this.activeChanges()) {
      for (const f of ch.createFiles ?? []) { this.fs.mkdirs(f.slice(0, f.lastIndexOf('/')) || '/'); this.fs.write(f, ''); }
      for (const f of ch.removeFiles ?? []) this.fs.remove(f);
    }
  }

  private oomAtMs(): number | undefined {
    if (this.memoryLimitBytes === undefined) return undefined;
    if (this.behaviour.memoryBytes > this.memoryLimitBytes) return this.startedAtMs;
    const over = this.behaviour.changes.find((c) => c.memoryBytes !== undefined && c.memoryBytes > (this.memoryLimitBytes ?? 0));
    return over ? this.startedAtMs + over.fromMs : undefined;
  }
}

function exitOf(atMs: number, code: number): PlannedExit {
  return { atMs, code, reason: code === 0 ? 'Completed' : 'Error' };
}
