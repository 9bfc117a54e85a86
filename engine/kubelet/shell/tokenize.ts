// Splits a POSIX shell command line into words and operators, as sh does before parsing:
// single and double quotes, backslash escapes, `$NAME` / `${NAME}` / `$?` references (marked
// here, expanded when the command runs: expandWord), `;` `&&` `||` `|` `&` newlines, and
// redirections `>`, `>>`, `2>`, `2>&1`.
// Leaves out globbing, command substitution, arithmetic and here-documents.
export type Token =
  | { kind: 'word'; text: string; quoted: boolean }
  | { kind: 'op'; op: ';' | '&&' | '||' | '|' | '&' }
  | { kind: 'redirect'; fd: 1 | 2; append: boolean; dupTo?: 1 | 2 };

export class ShellSyntaxError extends Error {}

export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i] ?? '';
    if (ch === ' ' || ch === '\t') { i++; continue; }
    if (ch === '#') { while (i < line.length && line[i] !== '\n') i++; continue; }
    if (ch === '\n' || ch === ';') { tokens.push({ kind: 'op', op: ';' }); i++; continue; }
    const two = line.slice(i, i + 2);
    if (two === '&&' || two === '||') { tokens.push({ kind: 'op', op: two }); i += 2; continue; }
    if (ch === '|' || ch === '&') { tokens.push({ kind: 'op', op: ch }); i++; continue; }
    const redirect = /^([12]?)(>>?)(&[12])?/.exec(line.slice(i));
    if (redirect && (redirect[1] !== '' || ch === '>')) {
      const fd = redirect[1] === '2' ? 2 : 1;
      const tok: Token = { kind: 'redirect', fd, append: redirect[2] === '>>' };
      if (redirect[3]) tok.dupTo = redirect[3] === '&2' ? 2 : 1;
      tokens.push(tok);
      i += redirect[0].length;
      continue;
    }
    const [text, quoted, next] = readWord(line, i);
    tokens.push({ kind: 'word', text, quoted });
    i = next;
  }
  return tokens;
}

function readWord(line: string, start: number): [string, boolean, number] {
  let text = '';
  let quoted = false;
  let i = start;
  while (i < line.length) {
    const ch = line[i] ?? '';
    if (' \t\n;&|><'.includes(ch)) break;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
      text += line.slice(i + 1, end);
      quoted = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      quoted = true;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) { text += line[i + 1]; i += 2; continue; }
        if (line[i] === '$') { const [v, n] = mark(line, i); text += v; i = n; continue; }
        text += line[i];
        i++;
      }
      if (i >= line.length) throw new ShellSyntaxError('unterminated quoted string');
      i++;
    } else if (ch === '\\') {
      text += line[i + 1] ?? '';
      i += 2;
    } else if (ch === '$') {
      const [v, n] = mark(line, i);
      text += v;
      i = n;
    } else {
      text += ch;
      i++;
    }
  }
  return [text, quoted, i];
}

const MARK = '\u0000';

/** A variable reference, kept as MARK name MARK until expandWord runs with the current variables. */
function mark(line: string, i: number): [string, number] {
  const m = /^\$(?:\{(\w+)\}|(\w+)|(\?))/.exec(line.slice(i));
  if (m === null) return ['$', i + 1];
  return [`${MARK}${m[1] ?? m[2] ?? m[3] ?? ''}${MARK}`, i + m[0].length];
}

export function expandWord(text: string, vars: ReadonlyMap<string, string>): string {
  const parts = text.split(MARK);
  // Odd positions are variable names: "a" MARK "NAME" MARK "b".
  return parts.map((p, i) => (i % 2 === 1 ? vars.get(p) ?? '' : p)).join('');
}
