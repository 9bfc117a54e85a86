// List/watch filtering by label and field selector, as the registry's SelectionPredicate does
// (k8s.io/apiserver/pkg/storage/selection_predicate.go). Selectors are parsed by
// engine/apimachinery (labels.Parse, fields.ParseSelector) and a parse error is a BadRequest with
// upstream's message. Fields are read by dotted path, which covers the field selectors the API
// supports (metadata.name, metadata.namespace, spec.nodeName, status.phase, involvedObject.name, type, ...).
import { FieldSelector, FieldSelectorError, objectFieldGetter } from '../apimachinery/field-selector.ts';
import { LabelSelector, LabelSelectorError } from '../apimachinery/label-selector.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import { badRequest } from './errors.ts';

export interface ListOptions {
  namespace?: string | undefined;
  labelSelector?: string | undefined;
  fieldSelector?: string | undefined;
}

export type Predicate = (obj: KubeObject) => boolean;

export function selectionPredicate(opts: ListOptions): Predicate {
  const labels = opts.labelSelector ? parseOrBadRequest(() => LabelSelector.parse(opts.labelSelector ?? '')) : undefined;
  const fields = opts.fieldSelector ? parseOrBadRequest(() => FieldSelector.parse(opts.fieldSelector ?? '')) : undefined;
  return (obj) => (!labels || labels.matches(obj.metadata.labels ?? {})) && (!fields || fields.matches(objectFieldGetter(obj)));
}

function parseOrBadRequest<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof LabelSelectorError || err instanceof FieldSelectorError) throw badRequest(err.message);
    throw err;
  }
}
