// List/watch filtering by label and field selector, as the registry's SelectionPredicate does
// (k8s.io/apiserver/pkg/storage/selection_predicate.go). Fields are read by dotted path, which
// covers the field selectors the API supports (metadata.name, metadata.namespace,
// spec.nodeName, status.phase, involvedObject.name, type, ...).
// TODO(apimachinery): parse with engine/apimachinery/label-selector.ts once it lands.
import type { KubeObject } from '../apimachinery/object.ts';
import { badRequest } from './errors.ts';

export interface ListOptions {
  namespace?: string | undefined;
  labelSelector?: string | undefined;
  fieldSelector?: string | undefined;
}

export type Predicate = (obj: KubeObject) => boolean;

export function selectionPredicate(opts: ListOptions): Predicate {
  const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : undefined;
  const fields = opts.fieldSelector ? parseFieldSelector(opts.fieldSelector) : undefined;
  return (obj) => (!labels || labels(obj.metadata.labels ?? {})) && (!fields || fields(obj));
}

type LabelMatcher = (labels: Record<string, string>) => boolean;

function parseLabelSelector(text: string): LabelMatcher {
  const reqs = splitTopLevel(text).map(parseRequirement);
  return (labels) => reqs.every((m) => m(labels));
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

function parseRequirement(req: string): LabelMatcher {
  const set = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(req);
  if (set) {
    const [, key = '', op, vals = ''] = set;
    const values = vals.split(',').map((v) => v.trim());
    return op === 'in' ? (l) => key in l && values.includes(l[key]!) : (l) => !(key in l) || !values.includes(l[key]!);
  }
  const cmp = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(req);
  if (cmp) {
    const [, key = '', op, value = ''] = cmp;
    return op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value;
  }
  if (/^![^!=\s]+$/.test(req)) return (l) => !(req.slice(1) in l);
  if (/^[^!=\s()]+$/.test(req)) return (l) => req in l;
  throw badRequest(`unable to parse requirement: ${req}`);
}

function parseFieldSelector(text: string): Predicate {
  const reqs = text.split(',').filter(Boolean).map((part) => {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(part.trim());
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    const [, path = '', op, value = ''] = m;
    return { path: path.trim(), negate: op === '!=', value: value.trim() };
  });
  return (obj) => reqs.every(({ path, negate, value }) => (fieldValue(obj, path) === value) !== negate);
}

function fieldValue(obj: KubeObject, path: string): string {
  let cur: unknown = obj;
  for (const part of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur === undefined || cur === null ? '' : String(cur);
}
