// Unquoting of JSONPath string literals ({"\t"}, {'x'}).
// Models staging/src/k8s.io/client-go/util/jsonpath/parser.go → UnquoteExtend, which is
// strconv.Unquote extended to single-quoted strings (strconv.UnquoteChar escapes).
// Left out: invalid UTF-8 handling (JS strings are always valid UTF-16).

export const ERR_SYNTAX = 'invalid syntax';

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

/** Returns the unquoted text, or throws Error('invalid syntax') as strconv does. */
export function unquoteExtend(s: string): string {
  if (s.length < 2) throw new Error(ERR_SYNTAX);
  const quote = s[0];
  if (quote !== s[s.length - 1] || (quote !== '"' && quote !== "'")) throw new Error(ERR_SYNTAX);
  const body = s.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; ) {
    const c = body[i] as string;
    if (c === quote) throw new Error(ERR_SYNTAX);
    if (c !== '\\') { out += c; i += 1; continue; }
    const e = body[i + 1];
    if (e === undefined) throw new Error(ERR_SYNTAX);
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out += simple; i += 2; continue; }
    if (e === "'" || e === '"') {
      if (e !== quote) throw new Error(ERR_SYNTAX);
      out += e; i += 2; continue;
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLen);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(hex)) throw new Error(ERR_SYNTAX);
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new Error(ERR_SYNTAX);
      out += String.fromCodePoint(code); i += 2 + hexLen; continue;
    }
    const oct = body.slice(i + 1, i + 4);
    if (/^[0-7]{3}$/.test(oct) && parseInt(oct, 8) <= 255) {
      out += String.fromCharCode(parseInt(oct, 8)); i += 4; continue;
    }
    throw new Error(ERR_SYNTAX);
  }
  return out;
}
