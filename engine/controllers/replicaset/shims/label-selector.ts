// Minimal LabelSelector matching until engine/apimachinery/label-selector.ts lands.
// Models staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go → LabelSelectorAsSelector
// (matchLabels plus In/NotIn/Exists/DoesNotExist). An empty selector matches everything; an
// absent one matches nothing, as in Kubernetes. TODO(apimachinery): switch to the shared parser.
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';

export type Labels = Readonly<Record<string, string>>;

export function selectorMatches(selector: LabelSelector | undefined, labels: Labels | undefined): boolean {
  if (selector === undefined) return false;
  const set = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (set[k] !== v) return false;
  for (const req of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(set, req.key);
    const value = set[req.key];
    const values = req.values ?? [];
    switch (req.operator) {
      case 'In': if (!has || !values.includes(value ?? '')) return false; break;
      case 'NotIn': if (has && values.includes(value ?? '')) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

/** True when the selector has neither matchLabels nor matchExpressions (selects everything). */
export function isEmptySelector(selector: LabelSelector | undefined): boolean {
  if (selector === undefined) return false;
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

/** labels.Set(template labels).AsSelector().Matches(pod labels): every template label present. */
export function labelsContain(superset: Labels | undefined, subset: Labels | undefined): boolean {
  const s = superset ?? {};
  return Object.entries(subset ?? {}).every(([k, v]) => s[k] === v);
}
