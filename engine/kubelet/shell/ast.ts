// The syntax tree of the shell subset the interpreter runs: lists of and-or chains of commands;
// commands are simple commands with redirections, `while`/`until` loops, `for` loops and `if`.
// Models the POSIX shell grammar (XCU 2.10) for these forms only: no pipelines beyond one
// command, no functions, subshells or case.
export interface Redirect { fd: 1 | 2; append: boolean; target?: string; dupTo?: 1 | 2 }

export type Command =
  | { kind: 'simple'; argv: string[]; redirects: Redirect[] }
  | { kind: 'while'; until: boolean; condition: List; body: List }
  | { kind: 'for'; variable: string; words: string[]; body: List }
  | { kind: 'if'; condition: List; then: List; otherwise?: List };

export interface AndOr { first: Command; rest: { op: '&&' | '||'; command: Command }[] }

export type List = AndOr[];
