// Go's strconv.Quote, the %q of fmt: how Kubernetes and kubectl quote names, values and inputs in
// their messages (`pods "web" not found`, `strconv.Atoi: parsing "x": invalid syntax`,
// `unknown command "rollot" for "kubectl"`). Models src/strconv/quote.go → appendQuotedWith and
// appendEscapedRune: `"` and `\` backslashed, printable runes as they are (unicode.IsPrint: letters,
// marks, numbers, punctuation, symbols and the ASCII space), \a \b \f \n \r \t \v, \xNN below
// U+0020 and for DEL, \uNNNN and \UNNNNNNNN for other runes. JS strings hold UTF-16, never Go's
// invalid UTF-8 bytes; a lone surrogate is quoted as the U+FFFD Go would have decoded.

const ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x07, '\\a'], [0x08, '\\b'], [0x0c, '\\f'], [0x0a, '\\n'], [0x0d, '\\r'], [0x09, '\\t'], [0x0b, '\\v'],
]);

/** unicode.IsPrint: categories L, M, N, P and S, plus U+0020 (other spaces are not printable). */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** The quoted form of one rune inside Go's double quotes (appendEscapedRune with quote '"'). */
export function goEscapedRune(codePoint: number): string {
  if (codePoint === 0x22 || codePoint === 0x5c) return `\\${String.fromCharCode(codePoint)}`;
  if (codePoint < 0x80 ? codePoint >= 0x20 && codePoint < 0x7f : PRINTABLE.test(String.fromCodePoint(codePoint))) {
    return String.fromCodePoint(codePoint);
  }
  const escape = ESCAPES.get(codePoint);
  if (escape !== undefined) return escape;
  if (codePoint < 0x20 || codePoint === 0x7f) return `\\x${hex(codePoint, 2)}`;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return '\ufffd';
  return codePoint < 0x10000 ? `\\u${hex(codePoint, 4)}` : `\\U${hex(codePoint, 8)}`;
}

/** strconv.Quote(s). Worked example: `a\tb"` → `"a\tb\""`; U+00A0 → `"\u00a0"`; `é` stays. */
export function goQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // The common case, printable ASCII other than the two backslashed, is copied as it is.
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) { out += s[i]; continue; }
    const codePoint = s.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    out += goEscapedRune(codePoint);
  }
  return `${out}"`;
}
