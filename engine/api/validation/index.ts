// Validation hook of the request pipeline (pkg/apis/*/validation): field errors for an object,
// and strict decoding (unknown fields) for requests made with fieldValidation=Strict.
// TODO(validation): the per-kind validators and the schema walker land here.
import type { KubeObject } from '../../apimachinery/object.ts';
import type { FieldCause } from '../errors.ts';
import type { ResourceType } from '../registry.ts';
import { validateConfigObject } from './config-validation.ts';

export function validateObject(type: ResourceType, obj: KubeObject, old?: KubeObject): FieldCause[] {
  return [...validateConfigObject(type, obj, old)];
}

/** Unknown-field errors, each worded `unknown field "spec.x"`. */
export function strictDecodingErrors(_obj: KubeObject): string[] {
  return [];
}
