// The OpenAPI v3 documents the API server publishes (GET /openapi/v3 lists them, one per
// group-version: api/v1, apis/apps/v1 ...), for the registered kinds. The descriptions come from
// openapi-v3.json, generated from the Kubernetes 1.33 spec by test/support/update-openapi-data.ts.
// Models staging/src/k8s.io/apiserver/pkg/server/routes/openapi.go (the v3 handler) and the shape
// kube-openapi's builder3 gives fields: a $ref with a description is wrapped in allOf.
// Left out: paths other than the resource's GVK, and every schema attribute explain does not read.
import { readFileSync } from 'node:fs';
import type { DefinitionSchema, GroupVersionKind, OpenApiV3Data, PropertySchema } from './openapi-schema.ts';

export interface V3Schema {
  description?: string;
  type?: string;
  $ref?: string;
  allOf?: V3Schema[];
  items?: V3Schema;
  additionalProperties?: V3Schema;
  properties?: Record<string, V3Schema>;
  required?: string[];
  enum?: string[];
  'x-kubernetes-group-version-kind'?: GroupVersionKind[];
}

export interface OpenApiV3Document {
  /** Resource plural → the GVK its operations carry (x-kubernetes-group-version-kind). */
  resources: Record<string, GroupVersionKind>;
  /** components/schemas */
  schemas: Record<string, V3Schema>;
}

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

let data: OpenApiV3Data | undefined;
let schemas: Record<string, V3Schema> | undefined;

function load(): OpenApiV3Data {
  data ??= JSON.parse(readFileSync(new URL('./openapi-v3.json', import.meta.url), 'utf8')) as OpenApiV3Data;
  return data;
}

function property(p: PropertySchema): V3Schema {
  const out: V3Schema = {};
  if (p.description !== undefined) out.description = p.description;
  if (p.ref !== undefined) {
    // builder3: a bare $ref when nothing else is said, allOf around it when a description is.
    if (p.description !== undefined) out.allOf = [{ $ref: SCHEMA_REF_PREFIX + p.ref }];
    else out.$ref = SCHEMA_REF_PREFIX + p.ref;
  }
  if (p.type !== undefined) out.type = p.type;
  if (p.items) out.items = property(p.items);
  if (p.additionalProperties) out.additionalProperties = property(p.additionalProperties);
  if (p.enum) out.enum = [...p.enum];
  return out;
}

function definition(d: DefinitionSchema): V3Schema {
  const out: V3Schema = {};
  if (d.description !== undefined) out.description = d.description;
  if (d.type !== undefined) out.type = d.type;
  if (d.required) out.required = [...d.required];
  if (d.properties) out.properties = Object.fromEntries(Object.entries(d.properties).map(([k, p]) => [k, property(p)]));
  if (d.gvk) out['x-kubernetes-group-version-kind'] = [d.gvk];
  return out;
}

const pathOf = (groupVersion: string): string => (groupVersion.includes('/') ? `apis/${groupVersion}` : `api/${groupVersion}`);

/** The group-version paths GET /openapi/v3 lists ("api/v1", "apis/apps/v1"). */
export function openApiV3Paths(): string[] {
  return Object.keys(load().groupVersions).map(pathOf);
}

/** The document served at /openapi/v3/<path>, or undefined when the server has no such group-version. */
export function openApiV3Document(path: string): OpenApiV3Document | undefined {
  const d = load();
  const groupVersion = Object.keys(d.groupVersions).find((gv) => pathOf(gv) === path);
  if (groupVersion === undefined) return undefined;
  schemas ??= Object.fromEntries(Object.entries(d.definitions).map(([k, v]) => [k, definition(v)]));
  const resources: Record<string, GroupVersionKind> = {};
  for (const [resource, name] of Object.entries(d.groupVersions[groupVersion] ?? {})) {
    const gvk = d.definitions[name]?.gvk;
    if (gvk) resources[resource] = gvk;
  }
  return { resources, schemas };
}
