// Namespace validation: the name is a DNS-1123 label, no metadata.namespace, spec.finalizers are
// standard or qualified names. Models pkg/apis/core/validation/validation.go → ValidateNamespace,
// ValidateNamespaceUpdate and ValidateNamespaceName (NameIsDNSLabel). Status and finalizer
// updates go through their own subresources and are not checked here.
import type { Namespace } from 'kubernetes-types/core/v1';
import type { FieldErrorList } from './field-error.ts';
import { path } from './field-path.ts';
import { nameIsDNSLabel } from './name-validation.ts';
import { validateFinalizerName, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';

export function validateNamespace(ns: Namespace): FieldErrorList {
  const errs = validateObjectMeta(ns.metadata, { namespaced: false, nameFn: nameIsDNSLabel });
  for (const f of ns.spec?.finalizers ?? []) errs.push(...validateFinalizerName(f, path('spec', 'finalizers')));
  return errs;
}

export function validateNamespaceUpdate(ns: Namespace, old: Namespace): FieldErrorList {
  return validateObjectMetaUpdate(ns.metadata, old.metadata);
}
