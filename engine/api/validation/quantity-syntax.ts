// Syntax check of a resource.Quantity string, with the three errors ParseQuantity returns.
// Models staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go → ParseQuantity,
// parseQuantityString and suffixer.interpret. It only decides valid/invalid; arithmetic and the
// canonical form live in engine/apimachinery/quantity.ts.
// TODO(apimachinery): switch to engine/apimachinery/quantity.ts parseQuantity once it lands.

export const ERR_FORMAT_WRONG = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const ERR_SUFFIX = "unable to parse quantity's suffix";
export const ERR_NUMERIC = 'unable to parse numeric part of quantity';

const SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Splits `str` into numeric part and suffix as parseQuantityString does, or reports ErrFormatWrong. */
function split(str: string): { value: string; suffix: string } | string {
  let pos = 0;
  if (str[0] === '-' || str[0] === '+') pos++;
  while (str[pos] === '0') pos++;
  if (pos >= str.length) return { value: str, suffix: '' };
  while (isDigit(str[pos])) pos++;
  if (pos >= str.length) return { value: str, suffix: '' };
  if (str[pos] === '.') {
    pos++;
    while (isDigit(str[pos])) pos++;
    if (pos >= str.length) return { value: str, suffix: '' };
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  while (pos < str.length && 'eEinumkKMGTP'.includes(str[pos] ?? '')) pos++;
  if (pos >= str.length) return { value, suffix: str.slice(suffixStart) };
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos >= str.length) return { value, suffix: str.slice(suffixStart) };
  return ERR_FORMAT_WRONG;
}

function validSuffix(suffix: string): boolean {
  if (SUFFIXES.has(suffix)) return true;
  return suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?\d+$/.test(suffix.slice(1));
}

/** The ParseQuantity error for `str`, or undefined when it parses. */
export function quantityError(str: string): string | undefined {
  if (str.length === 0) return ERR_FORMAT_WRONG;
  if (str === '0') return undefined;
  const parts = split(str);
  if (typeof parts === 'string') return parts;
  if (!validSuffix(parts.suffix)) return ERR_SUFFIX;
  if (!/\d/.test(parts.value)) return ERR_NUMERIC;
  return undefined;
}
