// A canonical JSON text of a value (object keys sorted at every level), so two objects can be
// compared for semantic equality the way reflect.DeepEqual / apiequality.Semantic.DeepEqual do
// on decoded structs. Undefined-valued keys are dropped, as JSON does.

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}
