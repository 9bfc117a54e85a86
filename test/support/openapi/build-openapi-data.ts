// Builds the OpenAPI v3 data `kubectl explain` reads (engine/api/openapi/openapi-v3.json) for
// every kind in the API registry and every definition they reach, from the `kubernetes-models`
// package (4.5.x: the Kubernetes v1.33.0 OpenAPI spec generated with enums, as a live 1.33 API
// server serves it with the OpenAPIEnums feature on). Two gaps of that package are filled from
// the same specs elsewhere: the TypeMeta descriptions of apiVersion/kind (its top-level kinds type
// them as literals; DeleteOptions keeps them) and Quantity's description (kubernetes-types).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { RESOURCES, type ResourceType } from '../../../engine/api/registry.ts';
import type { DefinitionSchema, OpenApiV3Data, PropertySchema } from '../../../engine/api/openapi/openapi-schema.ts';
import { jsDocText, readDefinition } from './dts-reader.ts';
import ts from 'typescript';

const MODELS = 'node_modules/kubernetes-models';
const MACHINERY = 'node_modules/@kubernetes-models/apimachinery';
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
/** Properties kubernetes-models inlines where the spec has a $ref (its 2.0.2 volumeClaimTemplates change). */
const INLINED: Record<string, Record<string, string>> = {
  'io.k8s.api.apps.v1.StatefulSetSpec': { volumeClaimTemplates: '../../v1/PersistentVolumeClaim' },
};

/** The .d.ts of a kind's group-version in kubernetes-models: core is `v1/`, others `<group>/<version>/`. */
function kindFile(t: ResourceType): string {
  return join(MODELS, t.group === '' ? t.version : join(t.group, t.version), `${t.kind}.d.ts`);
}

/** The components/schemas name of a definition file: io.k8s.api.apps.v1.Deployment, io.k8s.apimachinery.pkg.apis.meta.v1.Time. */
export function definitionName(file: string): string {
  const name = basename(file, '.d.ts');
  if (file.startsWith(MACHINERY)) return ['io.k8s.apimachinery.pkg', ...relative(MACHINERY, dirname(file)).split('/'), name].join('.');
  const [groupDir = '', version = ''] = relative(MODELS, file).split('/');
  const group = groupDir === 'v1' ? 'core' : groupDir.replace(/\.k8s\.io$/, '');
  return ['io.k8s.api', group, groupDir === 'v1' ? 'v1' : version, name].join('.');
}

function resolveImport(from: string, specifier: string): string {
  const base = specifier.startsWith('@kubernetes-models/apimachinery/')
    ? join(MACHINERY, specifier.slice('@kubernetes-models/apimachinery/'.length))
    : join(dirname(from), specifier);
  const file = `${base}.d.ts`;
  if (!existsSync(file)) throw new Error(`${from}: cannot resolve ${specifier}`);
  return file;
}

/** The dts reader reads TypeScript `number` as integer; the package's compiled validators keep the
 * real JSON type, so a float (`type: number`) anywhere would be caught here. */
function assertNoFloats(file: string, name: string): void {
  const alias = name.split('.').map((p) => (p[0] ?? '').toUpperCase() + p.slice(1)).join('');
  const validator = join(file.startsWith(MACHINERY) ? MACHINERY : MODELS, '_schemas', `${alias}.js`);
  if (existsSync(validator) && readFileSync(validator, 'utf8').includes('params:{type:"number"}')) {
    throw new Error(`${name} has a number (float) property: teach dts-reader.ts to tell it from integer`);
  }
}

function typeMetaDescriptions(): Record<'apiVersion' | 'kind', string> {
  const meta = readDefinition(join(MACHINERY, 'apis/meta/v1/DeleteOptions.d.ts'), 'DeleteOptions').schema.properties ?? {};
  return { apiVersion: meta.apiVersion?.description ?? '', kind: meta.kind?.description ?? '' };
}

function quantityDescription(): string | undefined {
  const file = 'node_modules/kubernetes-types/api/resource.d.ts';
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const alias = sf.statements.find((st) => ts.isTypeAliasDeclaration(st) && st.name.text === 'Quantity');
  return alias ? jsDocText(text, alias.getFullStart()) : undefined;
}

export function buildOpenApiData(): OpenApiV3Data {
  const definitions: Record<string, DefinitionSchema> = {};
  const typeMeta = typeMetaDescriptions();
  const pending: string[] = [];
  const enqueue = (file: string): string => {
    const name = definitionName(file);
    if (!(name in definitions) && !pending.includes(file)) pending.push(file);
    return name;
  };
  const groupVersions: Record<string, Record<string, string>> = {};
  for (const t of RESOURCES) {
    const gv = t.group ? `${t.group}/${t.version}` : t.version;
    (groupVersions[gv] ??= {})[t.resource] = enqueue(kindFile(t));
  }
  const kinds = new Map(RESOURCES.map((t) => [definitionName(kindFile(t)), t]));
  while (pending.length > 0) {
    const file = pending.shift() as string;
    const read = readDefinition(file, basename(file, '.d.ts'), INLINED[definitionName(file)]);
    const resolve = (p: PropertySchema): PropertySchema => {
      const out: PropertySchema = { ...p };
      if (p.ref) out.ref = enqueue(resolveImport(file, p.ref.slice(0, p.ref.indexOf('#'))));
      if (p.items) out.items = resolve(p.items);
      if (p.additionalProperties) out.additionalProperties = resolve(p.additionalProperties);
      return out;
    };
    const schema = read.schema;
    for (const [key, p] of Object.entries(schema.properties ?? {})) {
      const fixed = resolve(p);
      if (read.literalProperties.includes(key) && (key === 'apiVersion' || key === 'kind')) fixed.description = typeMeta[key];
      (schema.properties as Record<string, PropertySchema>)[key] = fixed;
    }
    const name = definitionName(file);
    if (schema.properties) assertNoFloats(file, name);
    const kind = kinds.get(name);
    if (kind) schema.gvk = { group: kind.group, version: kind.version, kind: kind.kind };
    if (name === QUANTITY && !schema.description) {
      const description = quantityDescription();
      if (description) schema.description = description;
    }
    definitions[name] = schema;
  }
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k] as DefinitionSchema]));
  return { source: 'kubernetes-models 4.5.1 (Kubernetes v1.33.0 OpenAPI with enums)', groupVersions, definitions: sorted };
}

export const OPENAPI_DATA_FILE = 'engine/api/openapi/openapi-v3.json';

/** The file's text: one definition per line keeps diffs reviewable. */
export function formatOpenApiData(data: OpenApiV3Data): string {
  const defs = Object.entries(data.definitions).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n  "source": ${JSON.stringify(data.source)},\n  "groupVersions": ${JSON.stringify(data.groupVersions)},\n  "definitions": {\n${defs.join(',\n')}\n  }\n}\n`;
}
