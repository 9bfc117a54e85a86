// Go's `%#v` and Stringer renderings of the few structured values validation errors print:
// map[string]string (`map[string]string{"app":"web"}`, keys sorted as fmt sorts them),
// *metav1.LabelSelector, and intstr.IntOrString (its String(): `25%` or `1`).
// Models fmt's Go-syntax printer for these shapes only; other structs are not rendered.
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { goValue, type GoValue } from './field-error.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';
import { goSortedKeys } from '../../apimachinery/go-string-order.ts';

export function goMapStringString(m: Record<string, string> | undefined): string {
  if (m === undefined) return 'map[string]string(nil)';
  const keys = goSortedKeys(m);
  return `map[string]string{${keys.map((k) => `${goQuote(k)}:${goQuote(String(m[k]))}`).join(', ')}}`;
}

function goStringSlice(values: string[] | undefined): string {
  return values === undefined ? '[]string(nil)' : `[]string{${values.map(goQuote).join(', ')}}`;
}

/** `v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}` */
export function goLabelSelector(s: LabelSelector | undefined): GoValue {
  if (s === undefined) return goValue('null');
  const exprs = s.matchExpressions === undefined
    ? '[]v1.LabelSelectorRequirement(nil)'
    : `[]v1.LabelSelectorRequirement{${s.matchExpressions.map((e) => `v1.LabelSelectorRequirement{Key:${goQuote(e.key)}, Operator:${goQuote(e.operator)}, Values:${goStringSlice(e.values)}}`).join(', ')}}`;
  return goValue(`v1.LabelSelector{MatchLabels:${goMapStringString(s.matchLabels)}, MatchExpressions:${exprs}}`);
}

/** IntOrString's String(): the integer or the string, unquoted. */
export const goIntOrString = (v: number | string | undefined): GoValue => goValue(v === undefined ? 'null' : String(v));
