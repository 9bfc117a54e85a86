// A container's main process when its image is a shell image: the interpreter driven over
// virtual time. `advanceTo(ms)` runs every command due up to that instant (sleeps end exactly on
// time); `exec` runs a probe command against the same filesystem at the current instant.
// A script that runs BUSY_LOOP_STEPS commands without sleeping spins forever (a busy loop).
// Exec commands run instantly: their own sleeps count against the timeout but do not let time pass.
import { findBuiltin } from './builtins.ts';
import { isShell, runShell } from './interpreter.ts';
import type { ShellContext, ShellRun } from './interpreter.ts';
import type { SimFs } from './sim-fs.ts';

export interface ProcessLog { atMs: number; stream: 'stdout' | 'stderr'; line: string }
export interface ExecResult { exitCode: number; output: string; timedOut: boolean }
export type ProcessStart = { ok: true; process: ShellProcess } | { ok: false; message: string };

/** The containerd/runc text for a command that is not in the image (reason StartError, 128). */
export function notFoundMessage(program: string): string {
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown`;
}

export class ShellProcess {
  readonly logs: ProcessLog[] = [];
  exited: { code: number; atMs: number } | undefined;
  private wakeAtMs: number;
  private readonly partial = { stdout: '', stderr: '' };
  private readonly ctx: ShellContext;
  private readonly run: ShellRun;

  static start(argv: string[], fs: SimFs, env: ReadonlyMap<string, string>, startMs: number): ProcessStart {
    const program = argv[0] ?? '';
    if (!isShell(program) && findBuiltin(program) === undefined) return { ok: false, message: notFoundMessage(program) };
    return { ok: true, process: new ShellProcess(argv, fs, env, startMs) };
  }

  private constructor(argv: string[], readonly fs: SimFs, env: ReadonlyMap<string, string>, startMs: number) {
    this.wakeAtMs = startMs;
    this.ctx = {
      fs, vars: new Map(env), steps: 0,
      out: (t) => this.write('stdout', t), err: (t) => this.write('stderr', t),
    };
    this.run = isShell(argv[0] ?? '') ? runShell(argv, this.ctx) : runShell(['sh', '-c', quoteArgv(argv)], this.ctx);
  }

  /** Text written without a final newline yet (a runtime's log shows it as a last, partial line). */
  partialLines(): string[] {
    return [this.partial.stdout, this.partial.stderr].filter((t) => t !== '');
  }

  /** When the process next does something (a sleep ends); undefined once it has exited. */
  nextWakeMs(): number | undefined {
    return this.exited ? undefined : this.wakeAtMs;
  }

  advanceTo(nowMs: number): void {
    while (!this.exited && this.wakeAtMs <= nowMs) {
      const r = this.run.next();
      if (r.done) { this.finish(r.value); break; }
      this.wakeAtMs += r.value;
      if (r.value > 0) this.ctx.steps = 0;
    }
  }

  /** Runs a probe command now; output is stdout and stderr combined, as CombinedOutput. */
  exec(argv: string[], timeoutMs: number): ExecResult {
    const program = argv[0] ?? '';
    if (!isShell(program) && findBuiltin(program) === undefined) {
      return { exitCode: 126, output: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\r\n`, timedOut: false };
    }
    let output = '';
    const ctx: ShellContext = { fs: this.fs, vars: new Map(this.ctx.vars), steps: 0, out: (t) => { output += t; }, err: (t) => { output += t; } };
    const run = isShell(program) ? runShell(argv, ctx) : runShell(['sh', '-c', quoteArgv(argv)], ctx);
    let elapsedMs = 0;
    for (;;) {
      const r = run.next();
      if (r.done) return { exitCode: r.value, output, timedOut: false };
      elapsedMs += r.value;
      if (elapsedMs > timeoutMs) return { exitCode: -1, output, timedOut: true };
    }
  }

  /** Stops the process (a kill); exit code 137 for SIGKILL, 143 for SIGTERM, as the runtime reports. */
  kill(atMs: number, code: number): void {
    if (!this.exited) this.finish(code, atMs);
  }

  private finish(code: number, atMs = this.wakeAtMs): void {
    this.flush(atMs);
    this.exited = { code, atMs };
  }

  private write(stream: 'stdout' | 'stderr', text: string): void {
    const lines = (this.partial[stream] + text).split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const line of lines) this.logs.push({ atMs: this.wakeAtMs, stream, line });
  }

  private flush(atMs: number): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream] !== '') this.logs.push({ atMs, stream, line: this.partial[stream] });
      this.partial[stream] = '';
    }
  }
}

/** Re-quotes an argv for `sh -c` so a direct command (`sleep 3600`) runs through one path. */
function quoteArgv(argv: string[]): string {
  return argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
}
