// Reading one field of an API object by a dotted path with [index] steps (`status.conditions[0].type`),
// and printing it the way field steps compare it: scalars as text, objects and lists as JSON.

export function fieldAt(obj: unknown, path: string): unknown {
  return path.split(/\.|(?=\[)/).reduce<unknown>((cur, step) => {
    const index = /^\[(\d+)\]$/.exec(step);
    if (cur === null || typeof cur !== 'object') return undefined;
    return index ? (cur as unknown[])[Number(index[1])] : (cur as Record<string, unknown>)[step];
  }, obj);
}

export function fieldText(obj: unknown, path: string): string {
  const value = fieldAt(obj, path);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
