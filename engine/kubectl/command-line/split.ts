// Splitting a kubectl command line into words the way a POSIX shell would.
// Uses the `shell-quote` package: single and double quotes, backslash escapes; `$VAR` is kept
// literally (there is no environment), unquoted globs stay as typed, `# comment` ends the line.
// Left out: pipes, redirections and command substitution — the simulated shell runs one kubectl.

import { parse } from 'shell-quote';

export class CommandLineError extends Error {}

/** The words of the command line, without a leading `kubectl`. */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  for (const token of parse(line, (name: string) => `$${name}`)) {
    if (typeof token === 'string') { words.push(token); continue; }
    if ('comment' in token) break;
    if ('pattern' in token && token.op === 'glob') { words.push(token.pattern); continue; }
    throw new CommandLineError(`shell operator "${'op' in token ? token.op : '?'}" is not supported: run one kubectl command per step`);
  }
  if (words[0] === 'kubectl') words.shift();
  return words;
}
