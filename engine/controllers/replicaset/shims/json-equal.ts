// Deep structural equality of JSON values, for "is there anything new to write?" checks
// (reflect.DeepEqual in syncRolloutStatus). Absent and undefined properties are equal.
// TODO(core): switch to jsonEqual of engine/apimachinery/object.ts once it is on main.
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>, rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!jsonEqual(ra[k], rb[k])) return false;
  return true;
}
