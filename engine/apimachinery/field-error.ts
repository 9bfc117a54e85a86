// The text of a field.Error and an aggregate of them, as apimachinery prints validation failures.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go → Error.Error,
// ErrorBody (Invalid / NotSupported), and util/errors/errors.go → aggregate.Error ("[a, b]").
// Paths are plain strings here; a nil path prints as "<nil>" exactly as (*Path)(nil).String().
// Left out: Duplicate/TooLong/TooMany bodies and origin/covered-by-declarative markers.

import { goQuote } from './go-quote.ts';

export type FieldValue = string | number | boolean | readonly string[] | null;

/** `<path>: Invalid value: <value>: <detail>`; strings are %q-quoted, string slices print as Go's %#v. */
export function invalidValue(path: string | undefined, value: FieldValue, detail: string): string {
  const body = `Invalid value: ${formatValue(value)}`;
  return `${path ?? '<nil>'}: ${detail ? `${body}: ${detail}` : body}`;
}

/** `<path>: Unsupported value: "x": supported values: "a", "b"`. */
export function notSupported(path: string | undefined, value: string, supported: readonly string[]): string {
  const list = supported.map((s) => goQuote(s)).join(', ');
  return `${path ?? '<nil>'}: Unsupported value: ${goQuote(value)}: supported values: ${list}`;
}

/** `<path>: Required value: <detail>`. */
export function requiredValue(path: string, detail: string): string {
  return `${path}: ${detail ? `Required value: ${detail}` : 'Required value'}`;
}

/** `<path>: Forbidden: <detail>`. */
export function forbiddenValue(path: string, detail: string): string {
  return `${path}: ${detail ? `Forbidden: ${detail}` : 'Forbidden'}`;
}

/**
 * utilerrors aggregate.Error (staging/src/k8s.io/apimachinery/pkg/util/errors/errors.go): each
 * distinct message once, in order; a single one as is, several as "[m1, m2]"; none as "".
 */
export function aggregate(messages: readonly string[]): string {
  const distinct = [...new Set(messages)];
  if (distinct.length === 0) return '';
  return distinct.length === 1 ? (distinct[0] ?? '') : `[${distinct.join(', ')}]`;
}

function formatValue(value: FieldValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `[]string{${value.map(goQuote).join(', ')}}`;
}
