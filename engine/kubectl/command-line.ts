// From a command line to the command to run, its positional arguments and its flags — with
// kubectl's errors for unknown commands and flags.
// Models github.com/spf13/cobra command.go → Command.Find (stripFlags, then subcommand lookup by
// name or alias; "unknown command %q for %q" with suggestions) and ExecuteC's flag parsing, and
// staging/src/k8s.io/kubectl/pkg/util/templates/templater.go → FlagErrorFunc
// ("<error>\nSee 'kubectl get --help' for usage.").
// Left out: plugins (kubectl-foo executables), the help templates (help prints a one-line usage).
import { FlagError, HelpRequested, parseFlags } from './command-line/flag-parser.ts';
import type { FlagSpec } from './command-line/flag-spec.ts';
import { GLOBAL_FLAGS } from './command-line/global-flags.ts';
import type { ParsedFlags } from './command-line/parsed-flags.ts';
import { CommandLineError, splitCommandLine } from './command-line/split.ts';
import { suggestionText } from './command-line/suggestions.ts';
import { goQuote } from '../apimachinery/go-quote.ts';

export { splitCommandLine, CommandLineError };

/** What the parser needs to know about a command. */
export interface CommandSpec {
  name: string;
  aliases?: readonly string[];
  flags: readonly FlagSpec[];
  subcommands?: readonly CommandSpec[];
  /** False for pure groups (`rollout`, `config`) that only dispatch to subcommands. */
  runnable?: boolean;
  /** "kubectl get [(-o|--output=)json|yaml|...] (TYPE[.VERSION][.GROUP] ...)" for -h. */
  usage?: string;
}

export type ParsedCommandLine<C extends CommandSpec> =
  | { kind: 'command'; path: C[]; args: string[]; flags: ParsedFlags; commandPath: string }
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string };

const matches = (c: CommandSpec, word: string): boolean => c.name === word || (c.aliases ?? []).includes(word);

/** cobra's stripFlags: the first word that is neither a flag nor the value of a value flag. */
function firstCommandWord(words: string[], flags: readonly FlagSpec[]): number {
  const takesValue = (spec: FlagSpec | undefined): boolean => spec !== undefined && spec.kind !== 'bool' && spec.noOptDefVal === undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') return -1;
    if (w.startsWith('--') && !w.includes('=')) { if (takesValue(flags.find((f) => f.name === w.slice(2)))) i++; continue; }
    if (w.startsWith('-') && w.length === 2) { if (takesValue(flags.find((f) => f.shorthand === w[1]))) i++; continue; }
    if (w.startsWith('-')) continue;
    return i;
  }
  return -1;
}

/** Parses a kubectl command line against the root's commands. */
export function parseCommandLine<C extends CommandSpec>(line: string, root: readonly C[]): ParsedCommandLine<C> {
  let words: string[];
  try {
    words = splitCommandLine(line);
  } catch (e) {
    return { kind: 'error', message: `error: ${(e as Error).message}\n` };
  }
  const path: C[] = [];
  let rest = words;
  let choices: readonly C[] = root;
  for (;;) {
    const flags = [...GLOBAL_FLAGS, ...(path[path.length - 1]?.flags ?? [])];
    const at = firstCommandWord(rest, flags);
    const current = path[path.length - 1];
    if (at < 0 || choices.length === 0) break;
    const word = rest[at] as string;
    const found = choices.find((c) => matches(c, word));
    if (!found) {
      if (current === undefined) {
        // cobra's message already ends with a newline when it carries suggestions; CheckErr adds one otherwise.
        const message = `error: unknown command ${goQuote(word)} for "kubectl"${suggestionText(word, choices.map((c) => c.name))}`;
        return { kind: 'error', message: message.endsWith('\n') ? message : `${message}\n` };
      }
      break;
    }
    path.push(found);
    rest = [...rest.slice(0, at), ...rest.slice(at + 1)];
    choices = (found.subcommands ?? []) as readonly C[];
  }
  const command = path[path.length - 1];
  const commandPath = ['kubectl', ...path.map((c) => c.name)].join(' ');
  if (command === undefined) return { kind: 'help', text: 'kubectl controls the Kubernetes cluster manager.\n' };
  try {
    const { flags, positional } = parseFlags(rest, [...GLOBAL_FLAGS, ...command.flags]);
    if (command.runnable === false) {
      if (positional.length > 0) {
        return { kind: 'error', message: `error: unknown command ${goQuote(positional.join(' '))}\nSee '${commandPath} -h' for help and examples\n` };
      }
      return { kind: 'help', text: command.usage ?? `Usage:\n  ${commandPath} [command]\n` };
    }
    return { kind: 'command', path, args: positional, flags, commandPath };
  } catch (e) {
    if (e instanceof HelpRequested) return { kind: 'help', text: command.usage ?? `Usage:\n  ${commandPath} [flags] [options]\n` };
    if (e instanceof FlagError) return { kind: 'error', message: `error: ${e.message}\nSee '${commandPath} --help' for usage.\n` };
    throw e;
  }
}
