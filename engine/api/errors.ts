// Kubernetes API errors as Status objects, worded like
// staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go (NewNotFound, NewAlreadyExists,
// NewConflict, NewInvalid, NewForbidden, NewBadRequest, NewGone, NewMethodNotSupported).
import { aggregate } from '../apimachinery/field-error.ts';
import { StatusValueError } from '../apimachinery/status-value-error.ts';
import type { Status, StatusCause } from 'kubernetes-types/meta/v1';

export type StatusReason = 'NotFound' | 'AlreadyExists' | 'Conflict' | 'Invalid' | 'Forbidden' | 'BadRequest'
  | 'Gone' | 'MethodNotAllowed' | 'Expired' | 'InternalError' | 'UnsupportedMediaType' | 'TooManyRequests';

export class StatusError extends StatusValueError {
  readonly status: Status;

  constructor(readonly reason: StatusReason, readonly code: number, message: string,
    details?: { name?: string; group?: string; kind?: string; causes?: StatusCause[] }) {
    super(message);
    this.status = { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', message, reason, code };
    if (details) this.status.details = stripUndefined(details);
  }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export interface GroupResourceName {
  group: string;
  resource: string;
}

const qualified = (gr: GroupResourceName): string => (gr.group ? `${gr.resource}.${gr.group}` : gr.resource);

export function notFound(gr: GroupResourceName, name: string): StatusError {
  return new StatusError('NotFound', 404, `${qualified(gr)} "${name}" not found`, { name, group: gr.group, kind: gr.resource });
}

export function alreadyExists(gr: GroupResourceName, name: string): StatusError {
  return new StatusError('AlreadyExists', 409, `${qualified(gr)} "${name}" already exists`, { name, group: gr.group, kind: gr.resource });
}

export function conflict(gr: GroupResourceName, name: string,
  detail = 'the object has been modified; please apply your changes to the latest version and try again'): StatusError {
  return new StatusError('Conflict', 409, `Operation cannot be fulfilled on ${qualified(gr)} "${name}": ${detail}`,
    { name, group: gr.group, kind: gr.resource });
}

export interface FieldCause {
  type: string;
  field: string;
  message: string;
}

/**
 * `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be ...`: NewInvalid
 * (apimachinery/pkg/api/errors) prints errs.ToAggregate(), each distinct message once.
 */
export function invalid(groupKind: { group: string; kind: string }, name: string, causes: FieldCause[]): StatusError {
  const qk = groupKind.group ? `${groupKind.kind}.${groupKind.group}` : groupKind.kind;
  const detail = aggregate(causes.map((c) => c.message));
  return new StatusError('Invalid', 422, detail === '' ? `${qk} "${name}" is invalid` : `${qk} "${name}" is invalid: ${detail}`, {
    name, group: groupKind.group, kind: groupKind.kind,
    causes: causes.map((c) => ({ reason: c.type, message: c.message, field: c.field })),
  });
}

/** `pods "web-x" is forbidden: <detail>` */
export function forbidden(gr: GroupResourceName, name: string, detail: string, causes?: StatusCause[]): StatusError {
  return new StatusError('Forbidden', 403, `${qualified(gr)} "${name}" is forbidden: ${detail}`,
    { name, group: gr.group, kind: gr.resource, ...(causes ? { causes } : {}) });
}

export function badRequest(message: string): StatusError {
  return new StatusError('BadRequest', 400, message);
}

export function gone(message: string): StatusError {
  return new StatusError('Gone', 410, message);
}

export function methodNotSupported(gr: GroupResourceName, action: string): StatusError {
  return new StatusError('MethodNotAllowed', 405, `${action} is not supported on resources of kind "${qualified(gr)}"`);
}

/** errors.NewTooManyRequests(message, retryAfterSeconds) with extra causes (429). */
export function tooManyRequests(message: string, causes: StatusCause[] = []): StatusError {
  return new StatusError('TooManyRequests', 429, message, causes.length > 0 ? { causes } : {});
}

export function isStatusError(e: unknown, reason?: StatusReason): e is StatusError {
  return e instanceof StatusError && (reason === undefined || e.reason === reason);
}
