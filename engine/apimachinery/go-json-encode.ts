// Go's encoding/json output for unstructured content (map[string]interface{}, []interface{},
// string, int64, float64, bool, nil), as kubectl prints and annotates objects: json.Marshal
// (compact) and json.MarshalIndent. Models src/encoding/json/encode.go (Go 1.24): map keys in Go's
// string order (go-string-order.ts); strings with HTMLEscape on (<, >, & as \u003c, \u003e,
// \u0026), U+2028 and U+2029 escaped, control characters as \b \f \n \r \t or \u00XX; floats in
// 'f' form, or 'e' below 1e-6 and from 1e21 with "e-07" cleaned to "e-7": the text JSON.stringify
// gives a JS number too.
// Left out: -0 (Go keeps the sign) and structs, which unstructured content never holds.

import { goSortedKeys } from './go-string-order.ts';
import { isJsonObject } from './object.ts';


/** A JSON string as encodeState.string writes it with escapeHTML. */
export function goJsonString(s: string): string {
  return JSON.stringify(s)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function scalar(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** json.Marshal: compact. */
export function goJsonMarshal(v: unknown): string {
  const text = scalar(v);
  if (text !== undefined) return text;
  if (Array.isArray(v)) return `[${v.map(goJsonMarshal).join(',')}]`;
  if (!isJsonObject(v)) return 'null';
  return `{${goSortedKeys(v).map((k) => `${goJsonString(k)}:${goJsonMarshal(v[k])}`).join(',')}}`;
}

/** json.MarshalIndent(v, prefix, indent): one element per line, `"key": value`, empty ones as [] and {}. */
export function goJsonMarshalIndent(v: unknown, prefix: string, indent: string, depth = prefix): string {
  const text = scalar(v);
  if (text !== undefined) return text;
  const inner = depth + indent;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + goJsonMarshalIndent(x, prefix, indent, inner)).join(',\n')}\n${depth}]`;
  }
  if (!isJsonObject(v)) return 'null';
  const keys = goSortedKeys(v);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${inner}${goJsonString(k)}: ${goJsonMarshalIndent(v[k], prefix, indent, inner)}`).join(',\n')}\n${depth}}`;
}
