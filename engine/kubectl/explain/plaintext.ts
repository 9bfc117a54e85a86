// kubectl explain's default output: GROUP/KIND/VERSION, then either the resource's DESCRIPTION and
// FIELDS or, for a field path, `FIELD: name <type>` and that field's description and fields;
// --recursive lists every nested field name and type instead. Field lists are in name order
// (Go templates range over maps sorted); descriptions wrap at 76 columns minus the indentation.
// Models staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl (the 1.32/1.33 template:
// the main template, "schema", "output", "fieldList", "fieldDetail").
// Left out: nothing of that template; the header is returned separately because the template has
// already written it when a field path turns out not to exist.
import type { GroupVersionKind } from '../../api/openapi/openapi-schema.ts';
import type { OpenApiV3Document, V3Schema } from '../../api/openapi/openapi-v3.ts';
import { description, extractEnum, indent, resolveRef, typeGuess } from './schema-text.ts';
import { wrapString } from './word-wrap.ts';

export interface ExplainRequest {
  resource: string;
  fieldPath: readonly string[];
  recursive: boolean;
}

/** What the template rendered: `text` is the whole output, or the header and an error. */
export type ExplainResult = { text: string } | { header: string; error: string };

type History = ReadonlySet<string>;

const sortedKeys = (o: Record<string, unknown> | undefined): string[] => Object.keys(o ?? {}).sort();

function fieldDetail(name: string, parent: V3Schema, short: boolean, level: number, doc: OpenApiV3Document): string {
  const indentAmount = level * 2;
  const field = parent.properties?.[name] ?? {};
  let out = `${indent(indentAmount, name)}\t<${typeGuess(field, doc)}>`;
  if (parent.required?.includes(name)) out += ' -required-';
  out += `${extractEnum(field, false, 4, indentAmount)}\n`;
  if (!short) out += `${indent(indentAmount + 2, wrapString(field.description || '<no description>', 78 - indentAmount))}\n\n`;
  return out;
}

function fieldList(schema: V3Schema, level: number, history: History, recursive: boolean, doc: OpenApiV3Document): string {
  const ref = schema.$ref ?? '';
  if (ref && history.has(ref)) return '';
  const next = new Set(history).add(ref);
  const s = resolveRef(ref, doc) ?? schema;
  let out = '';
  for (const name of sortedKeys(s.properties)) {
    out += fieldDetail(name, s, recursive, level, doc);
    if (recursive) out += fieldList(s.properties?.[name] ?? {}, level + 1, next, recursive, doc);
  }
  for (const sub of s.allOf ?? []) out += fieldList(sub, level, next, recursive, doc);
  if (s.items) out += fieldList(s.items, level, next, recursive, doc);
  if (s.additionalProperties) out += fieldList(s.additionalProperties, level, next, recursive, doc);
  return out;
}

/** "output": follows the field path, then prints the description and the field list. Empty when the path does not exist. */
function output(schema: V3Schema, history: History, path: readonly string[], recursive: boolean, doc: OpenApiV3Document): string {
  const ref = schema.$ref ?? '';
  const next = new Set(history).add(ref);
  const s = resolveRef(ref, doc) ?? schema;
  const [first, ...rest] = path;
  if (first === undefined) {
    let out = `DESCRIPTION:\n${indent(4, wrapString(description(s, doc) || '<empty>', 76))}\n`;
    const fields = fieldList(s, 1, new Set(), recursive, doc);
    if (fields) out += `FIELDS:\n${fields}`;
    return out;
  }
  if (ref && history.has(ref)) return '';
  const sub = s.properties?.[first];
  if (sub) {
    const header = rest.length === 0 ? `FIELD: ${first} <${typeGuess(sub, doc)}>\n${extractEnum(sub, true, -1)}\n\n` : '';
    return header + output(sub, new Set(), rest, recursive, doc);
  }
  if (s.items) return output(s.items, next, path, recursive, doc);
  if (s.additionalProperties) return output(s.additionalProperties, next, path, recursive, doc);
  for (const alt of s.allOf ?? []) {
    const text = output(alt, next, path, recursive, doc);
    if (text) return text;
  }
  return '';
}

function header(gvk: GroupVersionKind): string {
  return `${gvk.group ? `GROUP:      ${gvk.group}\n` : ''}KIND:       ${gvk.kind}\nVERSION:    ${gvk.version}\n\n`;
}

/** The main template over one group-version's document; `gvr` is printed in its errors as Go prints it. */
export function renderPlaintext(doc: OpenApiV3Document, gvr: string, req: ExplainRequest): ExplainResult {
  const gvk = doc.resources[req.resource];
  if (!gvk) return { header: '', error: `error: GVR (${gvr}) not found in OpenAPI schema` };
  const schema = Object.keys(doc.schemas).sort().map((k) => doc.schemas[k] as V3Schema)
    .find((s) => s['x-kubernetes-group-version-kind']?.some((g) => g.group === gvk.group && g.version === gvk.version && g.kind === gvk.kind));
  if (!schema) return { header: header(gvk), error: `error: GVK map[group:${gvk.group} kind:${gvk.kind} version:${gvk.version}] not found in OpenAPI schema` };
  const text = output(schema, new Set(), req.fieldPath, req.recursive, doc);
  if (!text) return { header: header(gvk), error: `error: field "${req.fieldPath.at(-1) ?? ''}" does not exist` };
  return { text: `${header(gvk)}${text}\n` };
}
