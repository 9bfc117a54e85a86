// How Go formats the JSON values kubectl's JSONPath printer walks (unstructured content:
// map[string]interface{}, []interface{}, string, int64, float64, bool, nil).
// Models fmt's %v and %#v as far as those value types need (json.Marshal and strconv.Quote are in
// apimachinery/go-json-encode.ts and go-quote.ts). JS numbers that are integers stand for int64,
// others for float64. Left out: structs, pointers, and other Go types that unstructured never holds.

import { goQuote } from '../../apimachinery/go-quote.ts';
import { goSortedKeys } from '../../apimachinery/go-string-order.ts';
import { isJsonObject } from '../../apimachinery/object.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

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
  if (isJsonObject(v)) return `map[${goSortedKeys(v).map((k) => `${k}:${goPrint(v[k])}`).join(' ')}]`;
  return goScalarText(v);
}

/** Go type names used in jsonpath error messages ("map[string]interface {} is not array or slice"). */
export function goTypeName(v: unknown): string {
  if (Array.isArray(v)) return '[]interface {}';
  if (isJsonObject(v)) return 'map[string]interface {}';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return 'interface {}';
}

/** fmt's %#v of an unstructured value, as kubectl prints "object given to jsonpath engine was". */
export function goSyntax(v: unknown, inInterface = false): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSyntax(x, true)).join(', ')}}`;
  if (isJsonObject(v)) {
    const body = goSortedKeys(v).map((k) => `${goQuote(k)}:${goSyntax(v[k], true)}`).join(', ');
    return `map[string]interface {}{${body}}`;
  }
  if (typeof v === 'string') return goQuote(v);
  void inInterface;
  return goScalarText(v);
}
