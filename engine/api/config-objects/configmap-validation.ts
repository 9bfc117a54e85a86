// ConfigMap rules: valid keys, no key in both data and binaryData, at most 1 MiB in total, and no
// change to data/binaryData (or unsetting immutable) once `immutable: true`.
// Models pkg/apis/core/validation/validation.go (ValidateConfigMap, ValidateConfigMapUpdate);
// core.MaxConfigMapSize = 1 MiB. Metadata validation is the validation engineer's.
import type { ConfigMap } from 'kubernetes-types/core/v1.js';
import { configKeyErrors } from './config-key.ts';
import { forbiddenField, invalid, keyPath, tooLong } from './field-error.ts';
import type { FieldError } from './field-error.ts';

export const MAX_CONFIG_MAP_SIZE = 1024 * 1024;
export const IMMUTABLE_MESSAGE = 'field is immutable when `immutable` is set';

export function validateConfigMap(cm: ConfigMap): FieldError[] {
  const errors: FieldError[] = [];
  const data = cm.data ?? {};
  const binary = cm.binaryData ?? {};
  let total = 0;
  for (const [key, value] of Object.entries(data)) {
    for (const msg of configKeyErrors(key)) errors.push(invalid(keyPath('data', key), key, msg));
    if (key in binary) errors.push(invalid(keyPath('data', key), key, 'duplicate of key present in binaryData'));
    total += Buffer.byteLength(value, 'utf8');
  }
  for (const [key, value] of Object.entries(binary)) {
    for (const msg of configKeyErrors(key)) errors.push(invalid(keyPath('binaryData', key), key, msg));
    if (key in data) errors.push(invalid(keyPath('binaryData', key), key, 'duplicate of key present in data'));
    total += Buffer.from(value, 'base64').length;
  }
  if (total > MAX_CONFIG_MAP_SIZE) errors.push(tooLong('', MAX_CONFIG_MAP_SIZE));
  return errors;
}

export function validateConfigMapUpdate(next: ConfigMap, old: ConfigMap): FieldError[] {
  const errors: FieldError[] = [];
  if (old.immutable === true) {
    if (next.immutable !== true) errors.push(forbiddenField('immutable', IMMUTABLE_MESSAGE));
    if (!sameMap(next.data, old.data)) errors.push(forbiddenField('data', IMMUTABLE_MESSAGE));
    if (!sameMap(next.binaryData, old.binaryData)) errors.push(forbiddenField('binaryData', IMMUTABLE_MESSAGE));
  }
  return [...errors, ...validateConfigMap(next)];
}

/** reflect.DeepEqual on string maps (nil and empty differ upstream; treated alike here). */
export function sameMap(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  const x = a ?? {}; const y = b ?? {};
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}
