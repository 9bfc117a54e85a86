// The small pieces of kubectl explain's plaintext template: the type hint (`<[]Container>`,
// `<map[string]Quantity>`, `<Object>`), the enum line, a schema's description gathered through
// its $ref / allOf / items / additionalProperties, and the template's `indent` function.
// Models staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl → "typeGuess",
// "extractEnum", "description", and v2/funcs.go → indent, resolveRef.
// Left out: enums of non-string values (Kubernetes' built-in schemas only have string enums).
import { SCHEMA_REF_PREFIX, type OpenApiV3Document, type V3Schema } from '../../api/openapi/openapi-v3.ts';

/** funcs.go → resolveRef: a `#/components/schemas/<name>` reference, or undefined. */
export function resolveRef(ref: string | undefined, doc: OpenApiV3Document): V3Schema | undefined {
  if (ref === undefined || !ref.startsWith(SCHEMA_REF_PREFIX)) return undefined;
  return doc.schemas[ref.slice(SCHEMA_REF_PREFIX.length)];
}

/** funcs.go → indent: the pad before the text and after every line break. */
export function indent(amount: number, text: string): string {
  const pad = ' '.repeat(amount);
  return pad + text.replaceAll('\n', `\n${pad}`);
}

export function typeGuess(schema: V3Schema, doc: OpenApiV3Document): string {
  if (schema.items) return `[]${typeGuess(schema.items, doc)}`;
  if (schema.additionalProperties) return `map[string]${typeGuess(schema.additionalProperties, doc)}`;
  const only = schema.allOf?.length === 1 && !schema.properties ? schema.allOf[0] : undefined;
  if (only) return typeGuess(only, doc);
  if (schema.$ref !== undefined) {
    // Only an object (or untyped, oneOf) reference is named; a primitive one shows its type (Time → string).
    const target = resolveRef(schema.$ref, doc);
    if (!target || !target.type || target.type === 'object') return schema.$ref.split('/').at(-1)?.split('.').at(-1) || 'Object';
    return target.type;
  }
  return schema.type === 'object' || !schema.type ? 'Object' : schema.type;
}

/**
 * "extractEnum": the short view adds `\n<indent>enum: A, B, C, D, ....` (at most `limit` values),
 * the long view `ENUM:` and one indented value per line.
 */
export function extractEnum(schema: V3Schema, longView: boolean, limit: number, indentAmount = 0): string {
  const values = schema.enum ?? [];
  if (values.length === 0) return '';
  let out = longView ? 'ENUM:' : `\n${' '.repeat(indentAmount)}enum: `;
  for (const [i, value] of values.entries()) {
    if (limit > -1 && i >= limit) { out += ', ....'; break; }
    if (i > 0 && !longView) out += ', ';
    else if (longView) out += '\n    ';
    out += value === '' ? '""' : value;
  }
  return out;
}

/** "description": the schema's (or its reference's) description, then those of allOf, items, additionalProperties. */
export function description(schema: V3Schema, doc: OpenApiV3Document): string {
  const s = resolveRef(schema.$ref, doc) ?? schema;
  let out = s.description ? `${s.description}\n` : '';
  for (const sub of s.allOf ?? []) out += description(sub, doc);
  if (s.items) out += description(s.items, doc);
  if (s.additionalProperties) out += description(s.additionalProperties, doc);
  return out;
}
