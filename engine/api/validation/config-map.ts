// ConfigMap validation: every data key a valid config key (`a valid config key must consist of
// alphanumeric characters, '-', '_' or '.'`), keys not in both data and binaryData, 1 MiB in all
// (data's bytes plus binaryData's decoded bytes), and `immutable` ConfigMaps frozen; the key and
// immutability rules Secrets share (secret.ts). Models pkg/apis/core/validation/validation.go →
// ValidateConfigMap, ValidateConfigMapUpdate. Data keys are visited in sorted order (Go's is random).
import type { ConfigMap } from 'kubernetes-types/core/v1';
import { canonicalJson } from './canonical-json.ts';
import { forbidden, invalid, tooLong, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { isConfigMapKey, nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';

export const MAX_SECRET_SIZE = 1024 * 1024;

/** IsConfigMapKey for each key (sorted), and a key also in `other` is a duplicate. */
export function validateConfigKeys(keys: readonly string[], other: Record<string, string> | undefined, p: FieldPath, otherName: string): FieldErrorList {
  const errs: FieldErrorList = [];
  for (const key of [...keys].sort()) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(p.key(key), key, m)));
    if (other && key in other) errs.push(invalid(p.key(key), key, `duplicate of key present in ${otherName}`));
  }
  return errs;
}

/** Go's len() of the internal values: data's strings in UTF-8 bytes, binaryData's decoded bytes. */
const configMapSize = (cm: ConfigMap): number =>
  Object.values(cm.data ?? {}).reduce((n, v) => n + Buffer.byteLength(String(v), 'utf8'), 0)
  + Object.values(cm.binaryData ?? {}).reduce((n, v) => n + Buffer.from(String(v), 'base64').length, 0);

export function validateConfigMap(cm: ConfigMap): FieldErrorList {
  const errs = validateObjectMeta(cm.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validateConfigKeys(Object.keys(cm.data ?? {}), cm.binaryData, path('data'), 'binaryData'));
  errs.push(...validateConfigKeys(Object.keys(cm.binaryData ?? {}), cm.data, path('binaryData'), 'data'));
  // field.NewPath(""), which renders as `[]`.
  if (configMapSize(cm) > MAX_SECRET_SIZE) errs.push(tooLong(path(''), '', MAX_SECRET_SIZE));
  return errs;
}

export function validateImmutableData<T extends { immutable?: boolean; data?: Record<string, string>; binaryData?: Record<string, string> }>(next: T, old: T, kinds: Array<'data' | 'binaryData'>): FieldErrorList {
  if (old.immutable !== true) return [];
  const errs: FieldErrorList = [];
  if (next.immutable !== true) errs.push(forbidden(path('immutable'), 'field is immutable when `immutable` is set'));
  for (const k of kinds) if (canonicalJson(next[k]) !== canonicalJson(old[k])) errs.push(forbidden(path(k), 'field is immutable when `immutable` is set'));
  return errs;
}

export function validateConfigMapUpdate(cm: ConfigMap, old: ConfigMap): FieldErrorList {
  const errs = validateObjectMetaUpdate(cm.metadata, old.metadata);
  errs.push(...validateImmutableData(cm, old, ['data', 'binaryData']));
  errs.push(...validateConfigMap(cm).filter((e) => !e.field.startsWith('metadata.')));
  return errs;
}
