// The shape of a policy kubectl command until the kubectl registry lands: the leading words it
// answers to (`create namespace`, `get quota`), and a run over the parsed arguments.
// TODO(kubectl): register each command in engine/kubectl's registry with one line and drop this type.
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';

export interface PolicyKubectlCommand {
  /** Words after `kubectl` that select the command, e.g. ['create', 'secret', 'generic']. */
  readonly words: readonly string[];
  run(ctx: KubectlContext, args: ParsedArgs): KubectlResult;
}

export interface ParsedArgs {
  /** Positional arguments after the command words. */
  positional: string[];
  /** Repeated flags keep every value (`--from-literal`). */
  flags: Map<string, string[]>;
}

/** `-n x`, `--namespace=x`, `--from-literal=k=v` ... after the command words. */
export function parseArgs(rest: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  const put = (k: string, v: string): void => { flags.set(k, [...(flags.get(k) ?? []), v]); };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a.startsWith('--') && a.includes('=')) { const eq = a.indexOf('='); put(a.slice(2, eq), a.slice(eq + 1)); continue; }
    if (a === '-n' || a === '--namespace' || a === '-o' || a === '--output') { put(a === '-n' ? 'namespace' : a === '-o' ? 'output' : a.slice(2), rest[++i] ?? ''); continue; }
    if (a.startsWith('-')) { put(a.replace(/^-+/, ''), 'true'); continue; }
    positional.push(a);
  }
  return { positional, flags };
}

export function namespaceOf(args: ParsedArgs): string {
  return args.flags.get('namespace')?.at(-1) ?? 'default';
}

export const ok = (stdout: string): KubectlResult => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string): KubectlResult => ({ stdout: '', stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode: 1 });
