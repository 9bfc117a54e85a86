// Field errors as Kubernetes words them: `data[]: Invalid value: "": <detail>`, `immutable: Forbidden: ...`.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go (Error.Error, ErrorBody).
// TODO(validation): switch to the shared field-error type of engine/api/validation once it lands.

export type FieldErrorType = 'Required value' | 'Invalid value' | 'Forbidden' | 'Too long';

export interface FieldError { type: FieldErrorType; field: string; value?: unknown; detail: string }

export const required = (field: string, detail = ''): FieldError => ({ type: 'Required value', field, detail });
export const invalid = (field: string, value: unknown, detail: string): FieldError => ({ type: 'Invalid value', field, value, detail });
export const forbiddenField = (field: string, detail: string): FieldError => ({ type: 'Forbidden', field, detail });
export const tooLong = (field: string, maxBytes: number): FieldError => ({ type: 'Too long', field, detail: `must have at most ${maxBytes} bytes` });

/** `<field>: <Type>[: <value>][: <detail>]`; Required/Forbidden/Too long never print the value. */
export function formatFieldError(e: FieldError): string {
  let body: string = e.type;
  if (e.type === 'Invalid value') body += `: ${typeof e.value === 'string' ? JSON.stringify(e.value) : String(e.value)}`;
  if (e.detail !== '') body += `: ${e.detail}`;
  return `${e.field}: ${body}`;
}

/** `data[key]` (field.Path.Key). */
export function keyPath(parent: string, key: string): string {
  return `${parent}[${key}]`;
}
