// LabelSelector matching for the controllers, over engine/apimachinery/label-selector.ts
// (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go → LabelSelectorAsSelector).
// An empty selector matches everything; an absent one matches nothing, as in Kubernetes.
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { labelSelectorAsSelector, LabelSelectorError } from '../../../apimachinery/label-selector.ts';

export type Labels = Readonly<Record<string, string>>;

export function selectorMatches(selector: LabelSelector | undefined, labels: Labels | undefined): boolean {
  try {
    return labelSelectorAsSelector(selector).matches(labels);
  } catch (err) {
    // An invalid selector (bad operator, key or value) matches nothing, as before.
    if (err instanceof LabelSelectorError) return false;
    throw err;
  }
}

/** A matcher for one selector, converted once (a sync matches it against every pod). */
export function selectorMatcher(selector: LabelSelector | undefined): (labels: Labels | undefined) => boolean {
  let converted;
  try {
    converted = labelSelectorAsSelector(selector);
  } catch (err) {
    if (err instanceof LabelSelectorError) return () => false;
    throw err;
  }
  return (labels) => converted.matches(labels);
}

/** True when the selector has neither matchLabels nor matchExpressions (selects everything). */
export function isEmptySelector(selector: LabelSelector | undefined): boolean {
  if (selector === undefined) return false;
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

/** labels.Set(template labels).AsSelector().Matches(pod labels): every template label present. */
export function labelsContain(superset: Labels | undefined, subset: Labels | undefined): boolean {
  if (subset === undefined) return true;
  for (const key in subset) if (superset?.[key] !== subset[key]) return false;
  return true;
}
