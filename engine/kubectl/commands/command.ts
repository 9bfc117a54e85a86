// What a kubectl command is: its name, flags and subcommands (for the parser), and how it runs.
// Models the shape of staging/src/k8s.io/kubectl/pkg/cmd/* (a cobra.Command whose Run does
// Complete → Validate → Run over an options struct) without the options structs: a command reads
// its flags from the invocation and writes to an Output; errors are thrown and printed by
// support/check-err.ts as cmdutil.CheckErr would. Left out: help text and examples.
import type { CommandSpec } from '../command-line.ts';
import type { ParsedFlags } from '../command-line/parsed-flags.ts';
import type { KubectlContext } from '../kubectl-context.ts';

export interface Invocation {
  kube: KubectlContext;
  args: string[];
  flags: ParsedFlags;
  /** -n, or "default". */
  namespace: string;
  /** Whether -n was given (kubectl's enforceNamespace). */
  namespaceExplicit: boolean;
  /** "kubectl get", for messages that name the command. */
  commandPath: string;
}

/** Standard output and error written so far; a thrown error is appended to `err`. */
export class Output {
  out = '';
  err = '';
  exitCode = 0;
  print(text: string): void { this.out += text; }
  warn(text: string): void { this.err += text; }
}

export interface KubectlCommand extends CommandSpec {
  subcommands?: readonly KubectlCommand[];
  run?(inv: Invocation, out: Output): void;
}

/** An error printed exactly as given (after "error: " unless it already has a prefix). */
export class KubectlError extends Error {}
