// The policy/config kubectl commands and how a command line finds one: the longest `words`
// prefix wins (`create secret generic` before `create secret`). Register each in the kubectl
// registry with one line once it lands. TODO(kubectl).
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import type { PolicyKubectlCommand } from './policy-command.ts';
import { parseArgs } from './policy-command.ts';
import { createConfigMapCommand, createNamespaceCommand, createSecretGenericCommand } from './create-policy-objects.ts';
import { getPolicyCommands } from './get-policy-objects.ts';
import { describePolicyCommands } from './describe-policy-objects.ts';

export const policyCommands: readonly PolicyKubectlCommand[] = [
  createNamespaceCommand,
  createConfigMapCommand,
  createSecretGenericCommand,
  ...getPolicyCommands,
  ...describePolicyCommands,
];

/** Runs the matching policy command, or returns undefined when none answers to these words. */
export function runPolicyCommand(ctx: KubectlContext, args: readonly string[]): KubectlResult | undefined {
  const matches = policyCommands.filter((c) => c.words.every((w, i) => args[i] === w));
  const best = matches.sort((a, b) => b.words.length - a.words.length)[0];
  if (!best) return undefined;
  const parsed = parseArgs(args.slice(best.words.length));
  // Only the default table is printed here; `-o name|yaml|json` stays with the generic printer.
  if (best.words[0] === 'get' && parsed.flags.has('output')) return undefined;
  return best.run(ctx, parsed);
}
