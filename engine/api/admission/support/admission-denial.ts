// An admission rejection carrying a Kubernetes Status (reason, code, message, details).
// Models staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go (NewForbidden, NewNotFound) and
// staging/src/k8s.io/apiserver/pkg/admission/errors.go (NewForbidden: name from extractResourceName).
// TODO(core): convert to engine/api/errors.ts StatusError when wiring into the chain.
import { StatusValueError } from '../../../apimachinery/status-value-error.ts';
import { qualifiedResource, resourceNameOf } from './attributes.ts';
import type { PolicyAttributes } from './attributes.ts';

export interface StatusCause { type: string; message: string; field: string }
export interface DenialStatus {
  reason: 'Forbidden' | 'NotFound' | 'BadRequest' | 'InternalError';
  code: 403 | 404 | 400 | 500;
  message: string;
  details: { name: string; group?: string; kind: string; causes?: StatusCause[] };
}

export class AdmissionDenial extends StatusValueError {
  constructor(readonly status: DenialStatus) {
    super(status.message);
    this.name = 'AdmissionDenial';
  }
}

/** errors.NewForbidden: `<resource> "<name>" is forbidden: <detail>` (no name: `<resource> is forbidden: ...`). */
export function forbiddenFor(resource: string, group: string, name: string, detail: string, causes?: StatusCause[]): AdmissionDenial {
  const qualified = qualifiedResource(resource, group);
  const message = name === '' ? `${qualified} is forbidden: ${detail}` : `${qualified} "${name}" is forbidden: ${detail}`;
  const details = { name, kind: resource, ...(group !== '' ? { group } : {}), ...(causes ? { causes } : {}) };
  return new AdmissionDenial({ reason: 'Forbidden', code: 403, message, details });
}

/** admission.NewForbidden: the name comes from the request, the object, or its generateName. */
export function forbidden(attrs: PolicyAttributes, detail: string, causes?: StatusCause[]): AdmissionDenial {
  return forbiddenFor(attrs.resource, attrs.group, resourceNameOf(attrs), detail, causes);
}

/** errors.NewNotFound: `<resource> "<name>" not found`. */
export function notFound(resource: string, group: string, name: string): AdmissionDenial {
  const message = `${qualifiedResource(resource, group)} "${name}" not found`;
  return new AdmissionDenial({ reason: 'NotFound', code: 404, message, details: { name, kind: resource, ...(group !== '' ? { group } : {}) } });
}
