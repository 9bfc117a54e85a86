// The shape of a policy kubectl command: the words it answers to (`create namespace`,
// `describe quota`) and a run over the parsed arguments. The registry wraps each one
// (create-policy-commands.ts, describe.ts via legacy-argv.ts → parsedArgsCommand).
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

export function namespaceOf(args: ParsedArgs): string {
  return args.flags.get('namespace')?.at(-1) ?? 'default';
}

export const ok = (stdout: string): KubectlResult => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string): KubectlResult => ({ stdout: '', stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode: 1 });
