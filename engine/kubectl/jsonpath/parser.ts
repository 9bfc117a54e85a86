// Parser of kubectl's JSONPath templates: text with {actions}.
// Models staging/src/k8s.io/client-go/util/jsonpath/parser.go → Parse, parseText, parseInsideAction,
// parseArray, parseFilter, parseField, parseRecursive, parseNumber, parseQuote, parseIdentifier.
// The Go parser is recursive descent over runes; this is the same scanner over UTF-16 units, so
// error messages match ("unclosed action", "unterminated array", "invalid array index x", ...).
// Left out: the name argument of Parse (only used in Go's debug output).
import { newList, type JsonPathNode, type ListNode, type SliceParam } from './ast.ts';
import { unquoteExtend } from './unquote.ts';

const EOF = '';
const isSpace = (r: string): boolean => r === ' ' || r === '\t';
const isEndOfLine = (r: string): boolean => r === '\r' || r === '\n';
const isAlphaNumeric = (r: string): boolean => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);
const isDigit = (r: string): boolean => /^\p{Nd}$/u.test(r);
const TERMINATORS = new Set([EOF, '.', ',', '[', ']', '$', '@', '{', '}']);
const isTerminator = (r: string): boolean => isSpace(r) || isEndOfLine(r) || TERMINATORS.has(r);
const SLICE_OPERATOR = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;
const DICT_KEY = /^'([^']*)'$/;
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/s;

class Scanner {
  pos = 0;
  start = 0;
  private width = 0;
  constructor(readonly input: string) {}
  next(): string {
    if (this.pos >= this.input.length) { this.width = 0; return EOF; }
    const r = this.input[this.pos] as string;
    this.width = 1;
    this.pos += 1;
    return r;
  }
  peek(): string { const r = this.next(); this.backup(); return r; }
  backup(): void { this.pos -= this.width; }
  consumeText(): string { const v = this.input.slice(this.start, this.pos); this.start = this.pos; return v; }
  hasPrefix(p: string): boolean { return this.input.startsWith(p, this.pos); }
}

/** Parses a template into its root list; throws Error with the Go parser's message. */
export function parseJsonPath(text: string): ListNode {
  const root = newList();
  const s = new Scanner(text);
  for (;;) {
    // parseText: literal text up to the next '{'.
    while (!s.hasPrefix('{')) {
      if (s.next() === EOF) {
        if (s.pos > s.start) root.nodes.push({ kind: 'text', text: s.consumeText() });
        return root;
      }
    }
    if (s.pos > s.start) root.nodes.push({ kind: 'text', text: s.consumeText() });
    // parseLeftDelim
    s.pos += 1;
    s.consumeText();
    const action = newList();
    root.nodes.push(action);
    parseInsideAction(s, action);
  }
}

/** parser.go → parseAction: parses `{text}` and returns the inner list. */
function parseAction(text: string): ListNode {
  const root = parseJsonPath(`{${text}}`);
  return root.nodes[0] as ListNode;
}

function parseInsideAction(s: Scanner, cur: ListNode): void {
  for (;;) {
    if (s.hasPrefix('}')) { s.pos += 1; s.consumeText(); return; }
    if (s.hasPrefix('[?(')) { parseFilter(s, cur); continue; }
    if (s.hasPrefix('..')) { parseRecursive(s, cur); continue; }
    const r = s.next();
    if (r === EOF || isEndOfLine(r)) throw new Error('unclosed action');
    if (r === ' ' || r === '@' || r === '$') { s.consumeText(); continue; }
    if (r === '[') { parseArray(s, cur); continue; }
    if (r === '"' || r === "'") { parseQuote(s, cur, r); continue; }
    if (r === '.') { parseField(s, cur); continue; }
    if (r === '+' || r === '-' || isDigit(r)) { s.backup(); parseNumber(s, cur); continue; }
    if (isAlphaNumeric(r)) { s.backup(); parseIdentifier(s, cur); continue; }
    throw new Error(`unrecognized character in action: ${goRuneU(r)}`);
  }
}

/** Go's %#U: U+0023 '#'. */
function goRuneU(r: string): string {
  const cp = r.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${r}'`;
}

function parseIdentifier(s: Scanner, cur: ListNode): void {
  while (!isTerminator(s.next()));
  s.backup();
  const value = s.consumeText();
  if (value === 'true' || value === 'false') cur.nodes.push({ kind: 'bool', value: value === 'true' });
  else cur.nodes.push({ kind: 'identifier', name: value });
}

function parseRecursive(s: Scanner, cur: ListNode): void {
  if (cur.nodes[cur.nodes.length - 1]?.kind === 'recursive') throw new Error('invalid multiple recursive descent');
  s.pos += 2;
  s.consumeText();
  cur.nodes.push({ kind: 'recursive' });
  if (isAlphaNumeric(s.peek())) parseField(s, cur);
}

function parseNumber(s: Scanner, cur: ListNode): void {
  const r = s.peek();
  if (r === '+' || r === '-') s.next();
  for (;;) {
    const c = s.next();
    if (c !== '.' && !isDigit(c)) { s.backup(); break; }
  }
  const value = s.consumeText();
  if (/^[+-]?\d+$/.test(value)) { cur.nodes.push({ kind: 'int', value: Number(value) }); return; }
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) { cur.nodes.push({ kind: 'float', value: Number(value) }); return; }
  throw new Error(`cannot parse number ${value}`);
}

function parseArray(s: Scanner, cur: ListNode): void {
  for (;;) {
    const c = s.next();
    if (c === EOF || c === '\n') throw new Error('unterminated array');
    if (c === ']') break;
  }
  let text = s.consumeText().slice(1, -1);
  if (text === '*') text = ':';
  const parts = text.split(',');
  if (parts.length > 1) {
    cur.nodes.push({ kind: 'union', nodes: parts.map((p) => parseAction(`[${p.trim()}]`)) });
    return;
  }
  const dict = DICT_KEY.exec(text);
  if (dict) { cur.nodes.push(...parseAction(`.${dict[1] ?? ''}`).nodes); return; }
  const m = SLICE_OPERATOR.exec(text);
  if (!m) throw new Error(`invalid array index ${text}`);
  cur.nodes.push({ kind: 'array', params: sliceParams([m[1] ?? '', m[2] ?? '', m[3] ?? '']) });
}

function sliceParams(raw: [string, string, string]): [SliceParam, SliceParam, SliceParam] {
  const params: SliceParam[] = [];
  for (let i = 0; i < 3; i++) {
    let v = raw[i] as string;
    if (v !== '') {
      if (i > 0) v = v.slice(1);
      if (i > 0 && v === '') params.push({ value: 0, known: false, derived: false });
      else {
        if (!/^[+-]?\d+$/.test(v)) throw new Error(`array index ${v} is not a number`);
        params.push({ value: Number(v), known: true, derived: false });
      }
    } else if (i === 1) {
      params.push({ value: (params[0] as SliceParam).value + 1, known: true, derived: true });
    } else {
      params.push({ value: 0, known: false, derived: false });
    }
  }
  return params as [SliceParam, SliceParam, SliceParam];
}

function parseFilter(s: Scanner, cur: ListNode): void {
  s.pos += 3;
  s.consumeText();
  let begin = false;
  let end = false;
  let pair = '';
  for (;;) {
    const r = s.next();
    if (r === EOF || r === '\n') throw new Error('unterminated filter');
    if (r === '"' || r === "'") {
      if (!begin) { begin = true; pair = r; continue; }
      if (s.input[s.pos - 2] !== '\\' && r === pair) end = true;
    } else if (r === ')' && begin === end) break;
  }
  if (s.next() !== ']') throw new Error('unclosed array expect ]');
  const text = s.consumeText().slice(0, -2);
  const m = FILTER.exec(text);
  if (!m) { cur.nodes.push({ kind: 'filter', left: parseAction(text), right: newList(), operator: 'exists' }); return; }
  const left = parseAction(m[1] ?? '');
  const right = parseAction(m[3] ?? '');
  cur.nodes.push({ kind: 'filter', left, right, operator: m[2] ?? '' });
}

function parseQuote(s: Scanner, cur: ListNode, end: string): void {
  for (;;) {
    const c = s.next();
    if (c === EOF || c === '\n') throw new Error('unterminated quoted string');
    if (c === end && s.input[s.pos - 2] !== '\\') break;
  }
  const value = s.consumeText();
  try {
    cur.nodes.push({ kind: 'text', text: unquoteExtend(value) });
  } catch (e) {
    throw new Error(`unquote string ${value} error ${(e as Error).message}`);
  }
}

function parseField(s: Scanner, cur: ListNode): void {
  s.consumeText();
  // advance: scan to the next unescaped terminator; a backslash escapes the next rune.
  for (;;) {
    const r = s.next();
    if (r === '\\') { s.next(); continue; }
    if (isTerminator(r)) { s.backup(); break; }
  }
  const value = s.consumeText();
  if (value === '*') cur.nodes.push({ kind: 'wildcard' });
  else cur.nodes.push({ kind: 'field', name: value.replaceAll('\\', '') });
}

export type { JsonPathNode };
