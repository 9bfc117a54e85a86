// Go's JSON syntax check, for the errors the API server words with encoding/json (a malformed
// dockercfg or dockerconfigjson Secret): the byte-at-a-time state machine of encoding/json/
// scanner.go (Go 1.24, which Kubernetes 1.33 is built with) → checkValid, its SyntaxError texts
// and quoteChar, so `{"auths":` gives `unexpected end of JSON input` and `{'a'}` gives
// `invalid character '\'' looking for beginning of object key string`. At the end of the input
// the scanner steps one space, as Go's eof does, so `tru` fails on ' '. Invalid UTF-8 is not a
// syntax error (json.Unmarshal replaces it). Leaves out the 10,000-level nesting limit.

import { goEscapedRune } from './go-quote.ts';

type Step = (c: number) => boolean;

/** What the innermost open composite value expects next (scanner.go's parseState values). */
type Parse = 'objectKey' | 'objectValue' | 'arrayValue';

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** Go's quoteChar: the byte as a one-rune string, quoted as strconv.Quote does, in single quotes. */
export function quoteChar(c: number): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  return `'${goEscapedRune(c)}'`;
}

class Scanner {
  step: Step = (c) => this.beginValue(c);
  endTop = false;
  err: string | undefined;
  private readonly parseState: Parse[] = [];

  private error(c: number, context: string): boolean {
    this.step = () => false;
    this.err = `invalid character ${quoteChar(c)} ${context}`;
    return false;
  }

  /** Moves to `next` and lets the current byte count as consumed. */
  private to(next: Step): boolean {
    this.step = next;
    return true;
  }

  private beginValueOrEmpty(c: number): boolean {
    if (isSpace(c)) return true;
    if (c === 0x5d) return this.endValue(c);
    return this.beginValue(c);
  }

  beginValue(c: number): boolean {
    if (isSpace(c)) return true;
    switch (c) {
      case 0x7b: this.parseState.push('objectKey'); return this.to((b) => this.beginStringOrEmpty(b));
      case 0x5b: this.parseState.push('arrayValue'); return this.to((b) => this.beginValueOrEmpty(b));
      case 0x22: return this.to((b) => this.inString(b));
      case 0x2d: return this.to((b) => this.neg(b));
      case 0x30: return this.to((b) => this.zero(b));
      case 0x74: return this.literal('true', 1);
      case 0x66: return this.literal('false', 1);
      case 0x6e: return this.literal('null', 1);
    }
    if (c >= 0x31 && c <= 0x39) return this.to((b) => this.one(b));
    return this.error(c, 'looking for beginning of value');
  }

  private beginStringOrEmpty(c: number): boolean {
    if (isSpace(c)) return true;
    if (c === 0x7d) {
      this.parseState[this.parseState.length - 1] = 'objectValue';
      return this.endValue(c);
    }
    return this.beginString(c);
  }

  private beginString(c: number): boolean {
    if (isSpace(c)) return true;
    if (c === 0x22) return this.to((b) => this.inString(b));
    return this.error(c, 'looking for beginning of object key string');
  }

  private endValue(c: number): boolean {
    const n = this.parseState.length;
    if (n === 0) {
      this.endTop = true;
      this.step = (b) => this.endTopStep(b);
      return this.endTopStep(c);
    }
    if (isSpace(c)) return this.to((b) => this.endValue(b));
    switch (this.parseState[n - 1]) {
      case 'objectKey':
        if (c === 0x3a) { this.parseState[n - 1] = 'objectValue'; return this.to((b) => this.beginValue(b)); }
        return this.error(c, 'after object key');
      case 'objectValue':
        if (c === 0x2c) { this.parseState[n - 1] = 'objectKey'; return this.to((b) => this.beginString(b)); }
        if (c === 0x7d) return this.pop();
        return this.error(c, 'after object key:value pair');
      default:
        if (c === 0x2c) return this.to((b) => this.beginValue(b));
        if (c === 0x5d) return this.pop();
        return this.error(c, 'after array element');
    }
  }

  private pop(): boolean {
    this.parseState.pop();
    if (this.parseState.length === 0) {
      this.endTop = true;
      return this.to((b) => this.endTopStep(b));
    }
    return this.to((b) => this.endValue(b));
  }

  /** stateEndTop: only spaces may follow; the error is kept but the byte still counts as scanned. */
  private endTopStep(c: number): boolean {
    if (!isSpace(c)) this.error(c, 'after top-level value');
    return true;
  }

  private inString(c: number): boolean {
    if (c === 0x22) return this.to((b) => this.endValue(b));
    if (c === 0x5c) return this.to((b) => this.inStringEsc(b));
    if (c < 0x20) return this.error(c, 'in string literal');
    return true;
  }

  private inStringEsc(c: number): boolean {
    if ('bfnrt\\/"'.includes(String.fromCharCode(c))) return this.to((b) => this.inString(b));
    if (c === 0x75) return this.to((b) => this.inStringEscU(b, 1));
    return this.error(c, 'in string escape code');
  }

  private inStringEscU(c: number, digit: number): boolean {
    if (!isHex(c)) return this.error(c, 'in \\u hexadecimal character escape');
    return this.to(digit === 4 ? (b) => this.inString(b) : (b) => this.inStringEscU(b, digit + 1));
  }

  private neg(c: number): boolean {
    if (c === 0x30) return this.to((b) => this.zero(b));
    if (c >= 0x31 && c <= 0x39) return this.to((b) => this.one(b));
    return this.error(c, 'in numeric literal');
  }

  /** state1: digits after a leading 1-9, then what may follow a 0. */
  private one(c: number): boolean {
    return isDigit(c) ? true : this.zero(c);
  }

  private zero(c: number): boolean {
    if (c === 0x2e) return this.to((b) => this.dot(b));
    if (c === 0x65 || c === 0x45) return this.to((b) => this.exponent(b));
    return this.endValue(c);
  }

  private dot(c: number): boolean {
    if (isDigit(c)) return this.to((b) => this.dotDigits(b));
    return this.error(c, 'after decimal point in numeric literal');
  }

  private dotDigits(c: number): boolean {
    if (isDigit(c)) return true;
    if (c === 0x65 || c === 0x45) return this.to((b) => this.exponent(b));
    return this.endValue(c);
  }

  private exponent(c: number): boolean {
    if (c === 0x2b || c === 0x2d) return this.to((b) => this.exponentSign(b));
    return this.exponentSign(c);
  }

  private exponentSign(c: number): boolean {
    if (isDigit(c)) return this.to((b) => (isDigit(b) ? true : this.endValue(b)));
    return this.error(c, 'in exponent of numeric literal');
  }

  /** stateT, stateTr, ...: the rest of `word` from index i, one expected byte at a time. */
  private literal(word: string, i: number): boolean {
    return this.to((c) => {
      const want = word.charCodeAt(i);
      if (c !== want) return this.error(c, `in literal ${word} (expecting ${quoteChar(want)})`);
      return i + 1 === word.length ? this.to((b) => this.endValue(b)) : this.literal(word, i + 1);
    });
  }
}

/** checkValid: Go's SyntaxError text for `data`, or undefined when it is one well-formed JSON value. */
export function goJsonSyntaxError(data: Uint8Array): string | undefined {
  const s = new Scanner();
  for (const c of data) {
    if (!s.step(c)) return s.err;
  }
  if (s.err !== undefined) return s.err;
  if (s.endTop) return undefined;
  // eof: one space more, which ends a number (or fails a literal) at the top level.
  if (!s.step(0x20)) return s.err;
  if (s.endTop) return s.err;
  return s.err ?? 'unexpected end of JSON input';
}
