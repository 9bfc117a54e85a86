// A canonical text form of a JSON value, the input of the pod-template-hash and of template equality.
// Stands in for hashutil.DeepHashObject's spew print (pkg/util/hash/hash.go), which prints Go structs
// field by field and cannot be reproduced byte for byte from JSON. Deviation (documented): hashes differ
// from a real cluster's; they are stable, deterministic and change exactly when the template changes.
// Keys sorted; undefined, null, empty objects and empty arrays dropped (Semantic.DeepEqual treats empty as nil).
export function canonicalPrint(value: unknown, skip?: (path: string) => boolean): string {
  return print(value, '', skip) ?? '';
}

function print(value: unknown, path: string, skip: ((path: string) => boolean) | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return `[${value.map((v) => print(v, `${path}[]`, skip) ?? 'nil').join(',')}]`;
  }
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const child = `${path}.${key}`;
      if (skip?.(child)) continue;
      const p = print((value as Record<string, unknown>)[key], child, skip);
      if (p !== undefined) parts.push(`${JSON.stringify(key)}:${p}`);
    }
    return parts.length === 0 ? undefined : `{${parts.join(',')}}`;
  }
  return JSON.stringify(value);
}
