// How kubectl renders labels and label selectors in table cells.
// Models staging/src/k8s.io/apimachinery/pkg/labels/labels.go → FormatLabels ("<none>" when empty,
// k=v pairs sorted by key) and pkg/apis/meta/v1/helpers.go → LabelSelectorAsSelector(...).String()
// (requirements sorted by key: k=v, k in (a,b), k notin (a,b), k, !k).
// Left out: selector validation errors (an invalid selector prints "<invalid>" upstream).
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';

/** labels.FormatLabels. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${(labels ?? {})[k] ?? ''}`).join(',');
}

/** metav1.LabelSelectorAsSelector(s).String(); nil and empty selectors print "". */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  if (!selector) return '';
  const reqs: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) reqs.push([k, `${k}=${v}`]);
  for (const e of selector.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    switch (e.operator) {
      case 'In': reqs.push([e.key, `${e.key} in (${values})`]); break;
      case 'NotIn': reqs.push([e.key, `${e.key} notin (${values})`]); break;
      case 'Exists': reqs.push([e.key, e.key]); break;
      case 'DoesNotExist': reqs.push([e.key, `!${e.key}`]); break;
      default: reqs.push([e.key, `${e.key} ${e.operator} (${values})`]);
    }
  }
  // labels.internalSelector is sorted by key (stable for equal keys).
  return reqs.map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r[0] < b.r[0] ? -1 : a.r[0] > b.r[0] ? 1 : a.i - b.i))
    .map(({ r }) => r[1]).join(',');
}
