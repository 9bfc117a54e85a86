// The commands the simulated shell knows, with BusyBox's behaviour and error texts (the shell
// images in the catalogue are busybox-based): sleep, touch, rm, mkdir, echo, cat, test/[, true,
// false, `:`, exit, pwd, env (prints NAME=value lines in the order set; arguments ignored).
// Each returns an exit status, or asks to sleep. Error texts from BusyBox
// coreutils/cat.c (`can't open '%s'`), coreutils/rm.c (`can't remove '%s'`), libbb bb_perror_msg.
import type { SimFs } from './sim-fs.ts';
import { evaluateTest } from './test-expression.ts';

export interface CommandIo {
  fs: SimFs;
  /** The shell's variables: the container's environment plus assignments (export is not modelled). */
  vars: ReadonlyMap<string, string>;
  out(text: string): void;
  err(text: string): void;
}

export type BuiltinResult = { status: number } | { sleepMs: number };

export class ExitSignal {
  constructor(readonly status: number) {}
}

type Builtin = (args: string[], io: CommandIo) => BuiltinResult;

const ok = { status: 0 };
const fail = (io: CommandIo, message: string, status = 1): BuiltinResult => { io.err(`${message}\n`); return { status }; };
const ENOENT = 'No such file or directory';

const BUILTINS: Record<string, Builtin> = {
  true: () => ok,
  ':': () => ok,
  false: () => ({ status: 1 }),
  pwd: (_, io) => { io.out('/\n'); return ok; },
  env: (_, io) => { for (const [k, v] of io.vars) io.out(`${k}=${v}\n`); return ok; },
  sleep: (args, io) => {
    let total = 0;
    for (const a of args) {
      const ms = sleepMs(a);
      if (ms === undefined) return fail(io, `sleep: invalid number '${a}'`);
      total += ms;
    }
    return args.length === 0 ? fail(io, 'BusyBox v1.36.1 (2023-05-18 22:33:52 UTC) multi-call binary.\n\nUsage: sleep [N]...') : { sleepMs: total };
  },
  exit: (args, io) => {
    const code = args[0] === undefined ? 0 : Number(args[0]);
    if (!Number.isInteger(code)) { io.err(`sh: exit: Illegal number: ${args[0]}\n`); throw new ExitSignal(2); }
    throw new ExitSignal(((code % 256) + 256) % 256);
  },
  echo: (args, io) => {
    const noNewline = args[0] === '-n';
    io.out(`${(noNewline ? args.slice(1) : args).join(' ')}${noNewline ? '' : '\n'}`);
    return ok;
  },
  cat: (args, io) => {
    let status = 0;
    for (const path of args) {
      const content = io.fs.read(path);
      if (content !== undefined) io.out(content);
      else if (io.fs.isDir(path)) { io.err('cat: read error: Is a directory\n'); status = 1; }
      else { io.err(`cat: can't open '${path}': ${ENOENT}\n`); status = 1; }
    }
    return { status };
  },
  touch: (args, io) => {
    let status = 0;
    for (const path of args.filter((a) => !a.startsWith('-'))) {
      if (io.fs.exists(path)) continue;
      if (!io.fs.parentExists(path)) { io.err(`touch: ${path}: ${ENOENT}\n`); status = 1; continue; }
      io.fs.write(path, '');
    }
    return { status };
  },
  rm: (args, io) => {
    const flags = args.filter((a) => /^-[rfRv]+$/.test(a)).join('');
    const force = flags.includes('f');
    const recursive = /[rR]/.test(flags);
    let status = 0;
    for (const path of args.filter((a) => !/^-[rfRv]+$/.test(a))) {
      if (io.fs.isDir(path) && !recursive) { io.err(`rm: '${path}' is a directory\n`); status = 1; continue; }
      const removed = recursive ? io.fs.removeTree(path) : io.fs.remove(path);
      if (!removed && !force) { io.err(`rm: can't remove '${path}': ${ENOENT}\n`); status = 1; }
    }
    return { status };
  },
  mkdir: (args, io) => {
    const parents = args.includes('-p');
    let status = 0;
    for (const path of args.filter((a) => a !== '-p')) {
      if (parents) { io.fs.mkdirs(path); continue; }
      if (io.fs.exists(path)) { io.err(`mkdir: can't create directory '${path}': File exists\n`); status = 1; continue; }
      if (!io.fs.parentExists(path)) { io.err(`mkdir: can't create directory '${path}': ${ENOENT}\n`); status = 1; continue; }
      io.fs.mkdir(path);
    }
    return { status };
  },
  test: (args, io) => ({ status: evaluateTest(args, io.fs) }),
  '[': (args, io) => {
    if (args[args.length - 1] !== ']') return fail(io, 'sh: missing ]', 2);
    return { status: evaluateTest(args.slice(0, -1), io.fs) };
  },
};

export function findBuiltin(name: string): Builtin | undefined {
  const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
  return Object.prototype.hasOwnProperty.call(BUILTINS, base) ? BUILTINS[base] : undefined;
}

/** BusyBox sleep: N, N.N, with suffix s/m/h/d; `inf`/`infinity` never ends. */
function sleepMs(arg: string): number | undefined {
  if (arg === 'inf' || arg === 'infinity') return Number.POSITIVE_INFINITY;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
  if (m === null) return undefined;
  const unit = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? ''] ?? 1000;
  return Math.round(Number(m[1]) * unit);
}
