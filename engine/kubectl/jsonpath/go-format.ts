// How Go formats the JSON values kubectl's JSONPath printer walks (unstructured content:
// map[string]interface{}, []interface{}, string, int64, float64, bool, nil).
// Models encoding/json.Marshal (sorted map keys, HTML-safe escapes), fmt's %v / %#v and
// strconv.Quote as far as those value types need. JS numbers that are integers stand for int64,
// others for float64. Left out: structs, pointers, and other Go types that unstructured never holds.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Go's json.Marshal escaping: <, >, & and U+2028/2029 become \u escapes. */
function goJsonString(s: string): string {
  return JSON.stringify(s)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** encoding/json.Marshal of an unstructured value: compact, map keys sorted. */
export function goJsonMarshal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goJsonMarshal).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${goJsonString(k)}:${goJsonMarshal(o[k])}`).join(',')}}`;
}

/** strconv.FormatFloat(f, 'g', -1, 64) as fmt's %v prints a float64: shortest digits, and the
 *  exponent form when the exponent is < -4 or >= 6 (1e+06, 1.5e-05, 2.5). */
export function goFloat(f: number): string {
  if (!Number.isFinite(f)) return Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return '0';
  const [mant = '', e = '0'] = f.toExponential().split('e');
  const exp = Number(e);
  if (exp < -4 || exp >= 6) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return f.toFixed(Math.max(0, (mant.split('.')[1] ?? '').length - exp));
}

/** fmt.Sprint of a scalar unstructured value (int64 plain, float64 as %v). */
export function goScalarText(v: unknown): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloat(v);
  return String(v);
}

/** fmt's %v: map[k:v ...] with sorted keys, [a b], scalars as Sprint. */
export function goPrint(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (isObject(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goPrint(v[k])}`).join(' ')}]`;
  return goScalarText(v);
}

const GO_ESCAPES: Record<string, string> = {
  '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '"': '\\"', '\\': '\\\\',
};

/** strconv.Quote (%q): Go escapes, \x.. for other control characters. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const esc = GO_ESCAPES[ch];
    const cp = ch.codePointAt(0) ?? 0;
    if (esc !== undefined) out += esc;
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Go type names used in jsonpath error messages ("map[string]interface {} is not array or slice"). */
export function goTypeName(v: unknown): string {
  if (Array.isArray(v)) return '[]interface {}';
  if (isObject(v)) return 'map[string]interface {}';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return 'interface {}';
}

/** fmt's %#v of an unstructured value, as kubectl prints "object given to jsonpath engine was". */
export function goSyntax(v: unknown, inInterface = false): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSyntax(x, true)).join(', ')}}`;
  if (isObject(v)) {
    const body = Object.keys(v).sort().map((k) => `${goQuote(k)}:${goSyntax(v[k], true)}`).join(', ');
    return `map[string]interface {}{${body}}`;
  }
  if (typeof v === 'string') return goQuote(v);
  void inInterface;
  return goScalarText(v);
}
