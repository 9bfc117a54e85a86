// Runs the shell syntax tree as a generator over virtual time: it yields every sleep (in ms) to
// its driver (ShellProcess) and returns the exit status, so a script can be paused at any instant
// while exec probes read the same filesystem. Semantics follow POSIX sh (XCU 2.9): `$?`, && and
// || short-circuit, loops, if; unknown commands print BusyBox ash's `sh: %s: not found` (127).
import type { AndOr, Command, List, Redirect } from './ast.ts';
import { ExitSignal, findBuiltin } from './builtins.ts';
import type { CommandIo } from './builtins.ts';
import { parseScript } from './parser.ts';
import type { SimFs } from './sim-fs.ts';
import { expandWord, ShellSyntaxError } from './tokenize.ts';

export interface ShellContext {
  fs: SimFs;
  vars: Map<string, string>;
  out(text: string): void;
  err(text: string): void;
  /** Commands run since the last sleep; the driver treats a runaway count as a busy loop. */
  steps: number;
}

export type ShellRun = Generator<number, number, void>;

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

export function isShell(program: string): boolean {
  return SHELLS.has(program.slice(program.lastIndexOf('/') + 1));
}

/** `sh [-flags] -c SCRIPT [name args...]`, `sh` alone (empty stdin: exits 0), `sh FILE`. */
export function* runShell(argv: string[], ctx: ShellContext): ShellRun {
  const flags = argv.slice(1).filter((a, i, all) => a.startsWith('-') && all.slice(0, i).every((x) => x.startsWith('-')));
  const script = argv[1 + flags.length];
  if (script === undefined) return 0;
  if (!flags.some((f) => f.includes('c'))) {
    ctx.err(`sh: can't open '${script}': No such file or directory\n`);
    return 2;
  }
  let list: List;
  try {
    list = parseScript(script);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    ctx.err(`sh: ${e.message}\n`);
    return 2;
  }
  try {
    return yield* runList(list, ctx);
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    throw e;
  }
}

export function* runList(list: List, ctx: ShellContext): ShellRun {
  let status = 0;
  for (const chain of list) status = yield* runAndOr(chain, ctx);
  return status;
}

function* runAndOr(chain: AndOr, ctx: ShellContext): ShellRun {
  let status = yield* runCommand(chain.first, ctx);
  for (const { op, command } of chain.rest) {
    if ((op === '&&') === (status === 0)) status = yield* runCommand(command, ctx);
  }
  return status;
}

/** Commands without a sleep after which a script counts as a busy loop: it spins forever. */
export const BUSY_LOOP_STEPS = 10_000;

function* runCommand(cmd: Command, ctx: ShellContext): ShellRun {
  if (++ctx.steps > BUSY_LOOP_STEPS) yield Number.POSITIVE_INFINITY;
  let status = 0;
  switch (cmd.kind) {
    case 'simple': status = yield* runSimple(cmd.argv, cmd.redirects, ctx); break;
    case 'while':
      for (;;) {
        const cond = yield* runList(cmd.condition, ctx);
        if (++ctx.steps > BUSY_LOOP_STEPS) yield Number.POSITIVE_INFINITY;
        if ((cond === 0) === cmd.until) break;
        status = yield* runList(cmd.body, ctx);
      }
      break;
    case 'for':
      for (const w of cmd.words.map((x) => expandWord(x, ctx.vars))) {
        ctx.vars.set(cmd.variable, w);
        status = yield* runList(cmd.body, ctx);
      }
      break;
    case 'if':
      if ((yield* runList(cmd.condition, ctx)) === 0) status = yield* runList(cmd.then, ctx);
      else if (cmd.otherwise) status = yield* runList(cmd.otherwise, ctx);
      break;
  }
  ctx.vars.set('?', String(status));
  return status;
}

function* runSimple(words: string[], redirects: Redirect[], ctx: ShellContext): ShellRun {
  const argv = words.map((w) => expandWord(w, ctx.vars));
  const assignments = argv.length > 0 && argv.every((a) => /^\w+=/.test(a));
  if (assignments) {
    for (const a of argv) ctx.vars.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    return 0;
  }
  const io = redirectIo(redirects, ctx);
  if (io === undefined) return 1;
  const [program = '', ...args] = argv;
  if (program === '') return 0;
  if (isShell(program)) return yield* runShell(argv, { ...ctx, out: io.out, err: io.err });
  const builtin = findBuiltin(program);
  if (builtin === undefined) {
    io.err(`sh: ${program}: not found\n`);
    return 127;
  }
  const result = builtin(args, io);
  if ('sleepMs' in result) {
    yield result.sleepMs;
    return 0;
  }
  return result.status;
}

/** Applies `>`, `>>`, `2>`, `2>&1` in order; undefined when a target cannot be created. */
function redirectIo(redirects: Redirect[], ctx: ShellContext): CommandIo | undefined {
  const sinks: Record<1 | 2, (t: string) => void> = { 1: ctx.out, 2: ctx.err };
  for (const r of redirects) {
    if (r.dupTo !== undefined) { sinks[r.fd] = sinks[r.dupTo]; continue; }
    const target = expandWord(r.target ?? '', ctx.vars);
    if (target === '/dev/null') { sinks[r.fd] = () => undefined; continue; }
    if (!ctx.fs.parentExists(target)) {
      ctx.err(`sh: can't create ${target}: nonexistent directory\n`);
      return undefined;
    }
    if (!r.append) ctx.fs.write(target, '');
    else if (!ctx.fs.isFile(target)) ctx.fs.write(target, '');
    sinks[r.fd] = (t) => ctx.fs.append(target, t);
  }
  return { fs: ctx.fs, vars: ctx.vars, out: sinks[1], err: sinks[2] };
}
