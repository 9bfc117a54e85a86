// Bridges the registry's parsed invocation to the workload and policy commands written before the
// registry: they read an argv (`deployment/web -n prod --timeout=30s`) or ParsedArgs. The shared
// parser has already rejected unknown flags with kubectl's error, so only declared flags reach them.
// Models nothing upstream (cobra hands each command its FlagSet); it keeps their output byte-identical.
import type { FlagSpec } from '../command-line/flag-spec.ts';
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import type { Invocation, KubectlCommand, Output } from './command.ts';
import type { ParsedArgs, PolicyKubectlCommand } from './policy-command.ts';

const repeated = (spec: FlagSpec): boolean => spec.kind === 'stringSlice' || spec.kind === 'stringArray';

/** The positional arguments, `-n NS` when given, then every declared flag that was set as `--name=value`. */
export function invocationArgv(inv: Invocation, flags: readonly FlagSpec[]): string[] {
  const argv = [...inv.args];
  if (inv.namespaceExplicit) argv.push('-n', inv.namespace);
  for (const spec of flags) {
    if (!inv.flags.changed(spec.name)) continue;
    const values = repeated(spec) ? inv.flags.strings(spec.name) : [inv.flags.string(spec.name)];
    for (const v of values) argv.push(`--${spec.name}=${v}`);
  }
  return argv;
}

/** The positional arguments and the declared flags that were set, as the policy commands read them. */
export function invocationParsedArgs(inv: Invocation, flags: readonly FlagSpec[], positional = inv.args): ParsedArgs {
  const map = new Map<string, string[]>();
  if (inv.namespaceExplicit) map.set('namespace', [inv.namespace]);
  for (const spec of flags) {
    if (inv.flags.changed(spec.name)) map.set(spec.name, repeated(spec) ? inv.flags.strings(spec.name) : [inv.flags.string(spec.name)]);
  }
  return { positional: [...positional], flags: map };
}

export function writeResult(result: KubectlResult, out: Output): void {
  out.print(result.stdout);
  out.warn(result.stderr);
  out.exitCode = result.exitCode;
}

/** A registry command over an argv-taking workload function. */
export function argvCommand(name: string, flags: readonly FlagSpec[], fn: (ctx: KubectlContext, argv: readonly string[]) => KubectlResult): KubectlCommand {
  return { name, flags, run: (inv, out) => writeResult(fn(inv.kube, invocationArgv(inv, flags)), out) };
}

/** A registry command over a policy command (ParsedArgs). */
export function parsedArgsCommand(name: string, flags: readonly FlagSpec[], command: PolicyKubectlCommand): KubectlCommand {
  return { name, flags, run: (inv, out) => writeResult(command.run(inv.kube, invocationParsedArgs(inv, flags)), out) };
}
