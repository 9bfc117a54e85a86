// Matching nodes against NodeSelectorTerms and tolerations against taints.
// Models: staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go →
// NodeSelector.Match (terms ORed; expressions and fields ANDed; an empty term matches nothing) and
// staging/src/k8s.io/api/core/v1/toleration.go → Toleration.ToleratesTaint.
// Leaves out: parse-error reporting (an invalid requirement simply does not match).
// Not shared with engine/apimachinery/label-requirement.ts requirementMatches: that one parses Gt/Lt
// values as Go int64 ("+5" accepted, 2^53..2^63 exact), this one as /^-?\d+$/ numbers.
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Taint, Toleration } from 'kubernetes-types/core/v1';

function parseInteger(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  return Number(text);
}

/** One requirement against a label (or field) map. NotIn and DoesNotExist match an absent key. */
export function matchesRequirement(req: NodeSelectorRequirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const actual = has ? labels[req.key] : undefined;
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In': return has && values.includes(actual ?? '');
    case 'NotIn': return !has || !values.includes(actual ?? '');
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    case 'Gt':
    case 'Lt': {
      const left = parseInteger(actual);
      const right = values.length === 1 ? parseInteger(values[0]) : undefined;
      if (left === undefined || right === undefined) return false;
      return req.operator === 'Gt' ? left > right : left < right;
    }
    default: return false;
  }
}

export function matchesTerm(term: NodeSelectorTerm, node: Node): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  const labels = node.metadata?.labels ?? {};
  const nodeFields = { 'metadata.name': node.metadata?.name ?? '' };
  // matchFields supports only metadata.name (validation rejects the rest).
  return expressions.every((r) => matchesRequirement(r, labels)) &&
    fields.every((r) => r.key === 'metadata.name' && matchesRequirement(r, nodeFields));
}

export function matchesAnyTerm(terms: readonly NodeSelectorTerm[], node: Node): boolean {
  return terms.some((t) => matchesTerm(t, node));
}

/** Toleration.ToleratesTaint: effect (empty tolerates all), key (empty + Exists tolerates all), then value. */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  const operator = toleration.operator ?? 'Equal';
  if (operator === 'Exists') return true;
  if (operator === 'Equal') return (toleration.value ?? '') === (taint.value ?? '');
  return false;
}

export function isTaintTolerated(taint: Taint, tolerations: readonly Toleration[]): boolean {
  return tolerations.some((t) => toleratesTaint(t, taint));
}
