// The shape of the OpenAPI v3 schemas the API server publishes at /openapi/v3/<group-version>,
// reduced to what `kubectl explain` reads: descriptions, types, $refs, items, additionalProperties,
// enum, required and x-kubernetes-group-version-kind.
// Models k8s.io/kube-openapi/pkg/spec3 + validation/spec Schema (the fields listed above only).
// Left out: formats, defaults, validations, x-kubernetes-* extensions other than the GVK.

export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** A property's schema, or the items / additionalProperties of one. A `ref` names a definition. */
export interface PropertySchema {
  description?: string;
  type?: SchemaType;
  ref?: string;
  items?: PropertySchema;
  additionalProperties?: PropertySchema;
  enum?: string[];
}

export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

/** A components/schemas entry. Types without a `type` (IntOrString, Quantity) are oneOf types. */
export interface DefinitionSchema {
  description?: string;
  type?: SchemaType;
  required?: string[];
  properties?: Record<string, PropertySchema>;
  gvk?: GroupVersionKind;
}

export interface OpenApiV3Data {
  /** Where the descriptions come from (the generator writes it). */
  source: string;
  /** "apps/v1" → resource plural → the definition its paths name. */
  groupVersions: Record<string, Record<string, string>>;
  definitions: Record<string, DefinitionSchema>;
}
