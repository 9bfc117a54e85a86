// Field-level validation errors, rendered byte-for-byte as Kubernetes renders them.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go (Error.ErrorBody,
// Required, Invalid, NotSupported, Duplicate, Forbidden, TooLong, TooMany, ErrorList.ToAggregate)
// and utilerrors.Aggregate's `[a, b]` rendering. Bad values are plain JSON here; Go's `%#v` of
// structs is not reproducible from JSON, so callers that need it pass a pre-rendered `goValue`.
// The StatusError itself (`Deployment.apps "web" is invalid: ...`) is built by engine/api/errors.ts.

import { goQuote } from '../../apimachinery/go-quote.ts';
import { aggregate } from '../../apimachinery/field-error.ts';
import type { FieldPath } from './field-path.ts';

export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError'
  | 'FieldValueTypeInvalid';

/** One field error; `message` is ErrorBody() (what a Status cause carries), `field` the path. */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  detail: string;
  message: string;
}

export type FieldErrorList = FieldError[];

/** A path as text or as a FieldPath (anything whose String() is the rendered path). */
export type Field = string | FieldPath;

/** A bad value already rendered the way Go would print it (e.g. `%#v` of a struct). */
export interface GoValue {
  readonly goValue: string;
}

export const goValue = (rendered: string): GoValue => ({ goValue: rendered });

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
  FieldValueTypeInvalid: 'Invalid value',
};

/** Types whose body never shows the bad value (errors.go → ErrorBody's first cases). */
const VALUELESS = new Set<FieldErrorType>(['FieldValueRequired', 'FieldValueForbidden', 'FieldValueTooLong', 'InternalError']);

/** Renders a bad value as ErrorBody does: numbers/bools with %v, strings with %q, null as null. */
export function renderBadValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'goValue' in value) return String((value as GoValue).goValue);
  return JSON.stringify(value);
}

const OMIT = Symbol('omit');

function make(type: FieldErrorType, field: Field, value: unknown, detail: string): FieldError {
  let body = TYPE_TEXT[type];
  if (!VALUELESS.has(type) && value !== OMIT) body += `: ${renderBadValue(value)}`;
  if (detail !== '') body += `: ${detail}`;
  return { type, field: String(field), detail, message: body };
}

export const required = (field: Field, detail = ''): FieldError => make('FieldValueRequired', field, '', detail);
export const invalid = (field: Field, value: unknown, detail: string): FieldError => make('FieldValueInvalid', field, value, detail);
export const duplicate = (field: Field, value: unknown): FieldError => make('FieldValueDuplicate', field, value, '');
export const forbidden = (field: Field, detail: string): FieldError => make('FieldValueForbidden', field, '', detail);
export const notFound = (field: Field, value: unknown): FieldError => make('FieldValueNotFound', field, value, '');
export const typeInvalid = (field: Field, value: unknown, detail: string): FieldError => make('FieldValueTypeInvalid', field, value, detail);

export function notSupported(field: Field, value: unknown, validValues: readonly string[]): FieldError {
  const detail = validValues.length > 0 ? `supported values: ${validValues.map(goQuote).join(', ')}` : '';
  return make('FieldValueNotSupported', field, value, detail);
}

export const tooLong = (field: Field, value: unknown, maxLength: number): FieldError =>
  make('FieldValueTooLong', field, value, `must have at most ${maxLength} bytes`);

export const tooMany = (field: Field, actual: number, max: number): FieldError =>
  make('FieldValueTooMany', field, actual >= 0 ? actual : OMIT, max >= 0 ? `must have at most ${max} items` : 'has too many items');

/** The immutable-field error of apimachinery/pkg/api/validation → ValidateImmutableField. */
export const FIELD_IMMUTABLE = 'field is immutable';
export const immutable = (field: Field, newValue: unknown): FieldError => invalid(field, newValue, FIELD_IMMUTABLE);

/** `field: body`, as Error.Error() prints it. */
export const errorString = (e: FieldError): string => `${e.field}: ${e.message}`;

/** ErrorList.ToAggregate().Error(): duplicates dropped, one error bare, several as `[a, b]`. */
export function aggregateMessage(errors: readonly FieldError[]): string {
  return aggregate(errors.map(errorString));
}
