// The shape of every built-in kind, read from the OpenAPI model metadata that
// @kubernetes/client-node ships (each generated model class has `attributeTypeMap`
// `[{ name, baseName, type, format }]`). Each model is loaded lazily on first use and cached. Models the Go structs of
// k8s.io/api that the API server's JSON decoder (sigs.k8s.io/json) decodes into; it leaves out
// CRDs (no model) and the Go names of typed strings (see go-type-names.ts).
import { createRequire } from 'node:module';

export type ModelType =
  | { kind: 'string' | 'bool' | 'int32' | 'int64' | 'float64' | 'any' | 'time' | 'microtime' | 'intstr' | 'quantity' | 'bytes' }
  | { kind: 'array'; elem: ModelType }
  | { kind: 'map'; elem: ModelType }
  | { kind: 'model'; name: string };

export interface ModelAttribute {
  /** The JSON key (`baseName`). */
  json: string;
  type: ModelType;
}

export interface Model {
  name: string;
  attributes: Map<string, ModelAttribute>;
}

interface RawAttribute { name: string; baseName: string; type: string; format: string }
type ModelClass = { attributeTypeMap?: RawAttribute[] };

/** Fields that are resource.Quantity (or ResourceList) in Go; the client models them as strings. */
const QUANTITY_FIELDS = new Set([
  'V1ResourceRequirements.limits', 'V1ResourceRequirements.requests',
  'V1VolumeResourceRequirements.limits', 'V1VolumeResourceRequirements.requests',
  'V1LimitRangeItem.default', 'V1LimitRangeItem.defaultRequest', 'V1LimitRangeItem.max',
  'V1LimitRangeItem.min', 'V1LimitRangeItem.maxLimitRequestRatio',
  'V1ResourceQuotaSpec.hard', 'V1ResourceQuotaStatus.hard', 'V1ResourceQuotaStatus.used',
  'V1NodeStatus.capacity', 'V1NodeStatus.allocatable', 'V1PodSpec.overhead', 'V1Overhead.podFixed',
  'V1PersistentVolumeSpec.capacity', 'V1PersistentVolumeClaimStatus.capacity',
  'V1PersistentVolumeClaimStatus.allocatedResources', 'V1ContainerStatus.allocatedResources',
  'V1PodStatus.allocatedResources', 'V1EmptyDirVolumeSource.sizeLimit', 'V1ResourceFieldSelector.divisor',
  'V2MetricTarget.value', 'V2MetricTarget.averageValue', 'V2MetricValueStatus.value',
  'V2MetricValueStatus.averageValue',
]);

const require = createRequire(import.meta.url);
const MODEL_NAME = /^[A-Za-z0-9]+$/;

/**
 * One generated model class, required on first use. Each model file is tiny and import-free;
 * requiring them one by one is ~3 ms each, where the ObjectSerializer index costs 1-3 s.
 */
function loadModelClass(name: string): ModelClass | undefined {
  if (!MODEL_NAME.test(name)) return undefined;
  try {
    const mod = require(`@kubernetes/client-node/dist/gen/models/${name}.js`) as Record<string, ModelClass>;
    return mod[name];
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Model | undefined>();

export function hasModel(name: string): boolean {
  return getModel(name) !== undefined;
}

/** The model class `name` (e.g. `V1Deployment`), or undefined if the client has none. */
export function getModel(name: string): Model | undefined {
  if (cache.has(name)) return cache.get(name);
  const raw = loadModelClass(name)?.attributeTypeMap;
  const model = raw === undefined ? undefined : {
    name,
    attributes: new Map(raw.map((a) => [a.baseName, { json: a.baseName, type: parseType(name, a) }])),
  };
  cache.set(name, model);
  return model;
}

function parseType(model: string, a: RawAttribute): ModelType {
  const quantity = QUANTITY_FIELDS.has(`${model}.${a.baseName}`);
  return parseTypeText(a.type, a.format, quantity);
}

const ARRAY = /^Array<(.+)>$/;
const MAP = /^\{ \[key: string\]: (.+); \}$/;

export function parseTypeText(text: string, format: string, quantity = false): ModelType {
  const arr = ARRAY.exec(text);
  if (arr) return { kind: 'array', elem: parseTypeText(arr[1] ?? '', '', quantity) };
  const map = MAP.exec(text);
  if (map) return { kind: 'map', elem: parseTypeText(map[1] ?? '', format, quantity) };
  switch (text) {
    case 'string':
      if (quantity) return { kind: 'quantity' };
      return { kind: format === 'byte' ? 'bytes' : 'string' };
    case 'number':
      if (format === 'int64') return { kind: 'int64' };
      return { kind: format === 'double' ? 'float64' : 'int32' };
    case 'boolean': return { kind: 'bool' };
    case 'Date': return { kind: format === 'date-time-micro' ? 'microtime' : 'time' };
    case 'IntOrString': return { kind: 'intstr' };
    case 'any': case 'object': return { kind: 'any' };
    default: return { kind: 'model', name: text };
  }
}
