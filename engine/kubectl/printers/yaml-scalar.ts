// How go-yaml v2 writes one string scalar, as kubectl's -o yaml shows it: plain when YAML would
// read it back as the same string, "double-quoted" when it would read as another type (numbers,
// booleans incl. yes/no/on/off, null, timestamps, base-60 floats), 'single-quoted' when it starts
// with or contains indicators, a | literal block for multi-line text; long lines fold at spaces after
// column 80. Models gopkg.in/yaml.v2 encode.go → stringv, resolve.go → resolve, emitterc.go →
// yaml_emitter_analyze_scalar, yaml_emitter_select_scalar_style, write_plain/single/double/literal.
// Left out: folded (>) style and flow context (never produced for JSON input).

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

const OTHER_TYPES = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'n', 'N', 'no',
  'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF', '', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN',
  '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF']);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]?([0-7]+)|0[bB]([01]+)|([1-9][0-9]*|0))$/;

/** A magnitude with its sign ('-', '+' or none) is in int64, or unsigned in uint64 (ParseInt, then ParseUint). */
function fitsInt64OrUint64(magnitude: bigint, sign: string | undefined): boolean {
  if (sign === '-') return magnitude <= 1n << 63n;
  if (sign === '+') return magnitude < 1n << 63n;
  return magnitude < 1n << 64n;
}

/** strconv.ParseInt(plain, 0, 64) or ParseUint(plain, 0, 64) succeeds: 0x, 0o, 0b or leading-0 octal, or decimal. */
function parsesAsGoInt(plain: string): boolean {
  const m = GO_INT.exec(plain);
  if (!m) return false;
  const [, sign, hex, octal, binary, decimal] = m;
  const magnitude = hex !== undefined ? BigInt(`0x${hex}`) : octal !== undefined ? BigInt(`0o${octal}`)
    : binary !== undefined ? BigInt(`0b${binary}`) : BigInt(decimal!);
  return fitsInt64OrUint64(magnitude, sign || undefined);
}
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[+-]\d{1,2}:\d{2})|[ ]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** resolve's own binary forms: ParseInt(plain[2:], 2, 64) after "0b", which takes a sign ("0b-10" is −2); ParseInt("-" + plain[3:]) after "-0b". */
function parsesAsYamlBinary(plain: string): boolean {
  const m = /^0b([-+]?)([01]+)$/.exec(plain) ?? /^(-)0b([01]+)$/.exec(plain);
  return m !== null && fitsInt64OrUint64(BigInt(`0b${m[2]!}`), m[1] || undefined);
}

/** resolve(plain) is not the str tag, or isBase60Float: the encoder will not use plain style. */
function resolvesToOtherType(s: string): boolean {
  if (OTHER_TYPES.has(s)) return true;
  const c = s[0] ?? '';
  if (/[0-9+-]/.test(c)) {
    if (TIMESTAMP.test(s)) return true;
    const plain = s.replaceAll('_', '');
    if (parsesAsGoInt(plain)) return true;
    // ParseFloat fails with ErrRange on overflow ("1e999" stays a string); underflow is 0.
    if (YAML_FLOAT.test(plain) && Number.isFinite(Number(plain))) return true;
    if (parsesAsYamlBinary(plain)) return true;
  } else if (c === '.' && /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s)) {
    return true;
  }
  return BASE60_FLOAT.test(s);
}

/** is_printable for one code point: #x0A, #x20-#x7E, #xA0-#xD7FF, #xE000-#xFFFD except BOM. */
export function isPrintable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}
const isBreak = (c: string): boolean => c === '\n' || c === '\r' || c === '\x85' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

interface Analysis { blockPlain: boolean; singleQuoted: boolean; block: boolean }

/** yaml_emitter_analyze_scalar, block context only. */
function analyze(value: string): Analysis {
  if (value === '') return { blockPlain: true, singleQuoted: true, block: false };
  const chars = [...value];
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let special = false;
  let [leadingSpace, leadingBreak, trailingSpace, trailingBreak] = [false, false, false, false];
  let [breakSpace, spaceBreak, previousSpace, previousBreak, lineBreaks] = [false, false, false, false, false];
  let precededByWhitespace = true;
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || isBlank(next) || isBreak(next);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else if (c === ':' && followedByWhitespace) blockIndicators = true;
    else if (c === '#' && precededByWhitespace) blockIndicators = true;
    if (!isPrintable(c.codePointAt(0) ?? 0)) special = true;
    const last = i === chars.length - 1;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true; previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false; previousBreak = true;
    } else {
      previousSpace = false; previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreak(c);
  });
  let blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || lineBreaks || blockIndicators);
  let singleQuoted = !breakSpace;
  let block = !trailingSpace;
  if (spaceBreak || special) { blockPlain = false; singleQuoted = false; block = false; }
  return { blockPlain, singleQuoted, block };
}

/** The style go-yaml v2 picks for a string; `key` is true for mapping keys (simple key context). */
export function selectStyle(s: string, key: boolean): ScalarStyle {
  let style: ScalarStyle = s.includes('\n') ? 'literal' : resolvesToOtherType(s) ? 'double' : 'plain';
  const a = analyze(s);
  if (style === 'plain' && (!a.blockPlain || (s === '' && key))) style = 'single';
  if (style === 'single' && !a.singleQuoted) style = 'double';
  if (style === 'literal' && (!a.block || key)) style = 'double';
  return style;
}

const DOUBLE_ESCAPES: Record<number, string> = {
  0x0: '0', 0x7: 'a', 0x8: 'b', 0x9: 't', 0xa: 'n', 0xb: 'v', 0xc: 'f', 0xd: 'r', 0x1b: 'e', 0x22: '"', 0x5c: '\\',
  0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

/**
 * write_double_quoted_scalar's escape of one character, or undefined when written as is. `all`:
 * the scalar starts with U+FEFF, and yaml.v2's is_bom(value, i) looks at the start of the value,
 * not at i, so every character of it is escaped (`"\uFEFF\x61\x20\x62"`), as kubectl prints it.
 */
export function doubleEscape(c: string, all = false): string | undefined {
  const cp = c.codePointAt(0) ?? 0;
  if (!all && isPrintable(cp) && !isBreak(c) && cp !== 0xfeff && c !== '"' && c !== '\\') return undefined;
  const simple = DOUBLE_ESCAPES[cp];
  if (simple !== undefined) return `\\${simple}`;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}
