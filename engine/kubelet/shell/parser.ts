// Recursive-descent parser from tokens to the shell syntax tree (ast.ts). Reserved words are
// recognised in command position only, as in POSIX sh. Unsupported forms (pipelines, `&`,
// subshells) are syntax errors with sh-like text, so a scenario finds out instead of guessing.
import type { AndOr, Command, List, Redirect } from './ast.ts';
import { ShellSyntaxError, tokenize } from './tokenize.ts';
import type { Token } from './tokenize.ts';

export function parseScript(script: string): List {
  const p = new Parser(tokenize(script));
  const list = p.list([]);
  if (!p.atEnd()) throw new ShellSyntaxError(`syntax error: unexpected "${p.describeNext()}"`);
  return list;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  atEnd(): boolean { return this.i >= this.tokens.length; }

  describeNext(): string {
    const t = this.tokens[this.i];
    return t === undefined ? 'end of file' : t.kind === 'word' ? t.text : t.kind === 'op' ? t.op : '>';
  }

  list(stopWords: string[]): List {
    const out: List = [];
    for (;;) {
      while (this.isOp(';')) this.i++;
      if (this.atEnd() || this.isReserved(stopWords)) return out;
      out.push(this.andOr());
      if (this.isOp('&')) throw new ShellSyntaxError('background jobs (&) are not supported');
      if (this.isOp('|')) throw new ShellSyntaxError('pipelines (|) are not supported');
    }
  }

  private andOr(): AndOr {
    const chain: AndOr = { first: this.command(), rest: [] };
    for (;;) {
      const t = this.tokens[this.i];
      if (t?.kind !== 'op' || (t.op !== '&&' && t.op !== '||')) return chain;
      this.i++;
      chain.rest.push({ op: t.op, command: this.command() });
    }
  }

  private command(): Command {
    if (this.isReserved(['while', 'until'])) return this.whileLoop();
    if (this.isReserved(['for'])) return this.forLoop();
    if (this.isReserved(['if'])) return this.ifClause();
    const argv: string[] = [];
    const redirects: Redirect[] = [];
    for (let t = this.tokens[this.i]; t !== undefined && t.kind !== 'op'; t = this.tokens[++this.i]) {
      if (t.kind === 'word') { argv.push(t.text); continue; }
      const r: Redirect = { fd: t.fd, append: t.append };
      if (t.dupTo !== undefined) r.dupTo = t.dupTo;
      else {
        const target = this.tokens[this.i + 1];
        if (target?.kind !== 'word') throw new ShellSyntaxError(`syntax error: unexpected "${target === undefined ? 'end of file' : 'operator'}"`);
        r.target = target.text;
        this.i++;
      }
      redirects.push(r);
    }
    if (argv.length === 0 && redirects.length === 0) throw new ShellSyntaxError(`syntax error: unexpected "${this.describeNext()}"`);
    return { kind: 'simple', argv, redirects };
  }

  private whileLoop(): Command {
    const until = this.word() === 'until';
    const condition = this.list(['do']);
    this.expect('do');
    const body = this.list(['done']);
    this.expect('done');
    return { kind: 'while', until, condition, body };
  }

  private forLoop(): Command {
    this.word();
    const variable = this.word();
    const words: string[] = [];
    if (this.isReserved(['in'])) {
      this.i++;
      while (this.tokens[this.i]?.kind === 'word') words.push(this.word());
    }
    while (this.isOp(';')) this.i++;
    this.expect('do');
    const body = this.list(['done']);
    this.expect('done');
    return { kind: 'for', variable, words, body };
  }

  private ifClause(): Command {
    this.word();
    const condition = this.list(['then']);
    this.expect('then');
    const then = this.list(['elif', 'else', 'fi']);
    const clause: Command = { kind: 'if', condition, then };
    if (this.isReserved(['elif'])) {
      clause.otherwise = [{ first: this.ifClause(), rest: [] }];
      return clause;
    }
    if (this.isReserved(['else'])) { this.i++; clause.otherwise = this.list(['fi']); }
    this.expect('fi');
    return clause;
  }

  private word(): string {
    const t = this.tokens[this.i++];
    if (t?.kind !== 'word') throw new ShellSyntaxError(`syntax error: unexpected "${t === undefined ? 'end of file' : 'operator'}"`);
    return t.text;
  }

  private expect(reserved: string): void {
    if (!this.isReserved([reserved])) throw new ShellSyntaxError(`syntax error: unexpected "${this.describeNext()}" (expecting "${reserved}")`);
    this.i++;
  }

  private isReserved(words: string[]): boolean {
    const t = this.tokens[this.i];
    return t?.kind === 'word' && !t.quoted && words.includes(t.text);
  }

  private isOp(op: string): boolean {
    const t = this.tokens[this.i];
    return t?.kind === 'op' && t.op === op;
  }
}
