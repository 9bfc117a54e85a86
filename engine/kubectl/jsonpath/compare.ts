// Filter comparisons of JSONPath ([?(@.a<3)]): ==, !=, <, >, <=, >=.
// Models staging/src/k8s.io/client-go/third_party/forked/golang/template/funcs.go → equal, notEqual,
// less, lessEqual, greater, greaterEqual with basicKind: only values of the same basic kind compare
// (int64 with a Go int literal, float64 with a float literal, string with string, bool with bool);
// otherwise "incompatible types for comparison". Left out: complex and unsigned kinds (never in JSON).

type BasicKind = 'bool' | 'int' | 'float' | 'string';

const ERR_BAD_TYPE = 'invalid type for comparison';
const ERR_BAD_COMPARISON = 'incompatible types for comparison';

function basicKind(v: unknown): BasicKind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'string';
  throw new Error(ERR_BAD_TYPE);
}

function equal(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) throw new Error(ERR_BAD_COMPARISON);
  return a === b;
}

function less(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) throw new Error(ERR_BAD_COMPARISON);
  if (k1 === 'bool') throw new Error(ERR_BAD_TYPE);
  return (a as number | string) < (b as number | string);
}

/** Applies a filter operator; throws with the template package's message on a bad comparison. */
export function compare(operator: string, left: unknown, right: unknown): boolean {
  switch (operator) {
    case '<': return less(left, right);
    case '>': return !(less(left, right) || equal(left, right));
    case '==': return equal(left, right);
    case '!=': return !equal(left, right);
    case '<=': return less(left, right) || equal(left, right);
    case '>=': return !less(left, right);
    default: throw new Error(`unrecognized filter operator ${operator}`);
  }
}
