// ConfigMap and Secret validation: every data key a valid config key (`a valid config key must
// consist of alphanumeric characters, '-', '_' or '.'`), keys not in both data and binaryData,
// 1 MiB total size, the type-specific required keys of Secrets, and `immutable` objects frozen.
// Models pkg/apis/core/validation/validation.go → ValidateConfigMap, ValidateConfigMapUpdate,
// ValidateSecret, ValidateSecretUpdate. Data keys are visited in sorted order (Go's is random).
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1';
import { canonicalJson } from './canonical-json.ts';
import { forbidden, immutable, invalid, required, tooLong, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { isConfigMapKey, nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';

export const MAX_SECRET_SIZE = 1024 * 1024;

const sortedKeys = (m: Record<string, string> | undefined): string[] => Object.keys(m ?? {}).sort();

function validateKeys(data: Record<string, string> | undefined, other: Record<string, string> | undefined, p: FieldPath, otherName: string): FieldErrorList {
  const errs: FieldErrorList = [];
  for (const key of sortedKeys(data)) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(p.key(key), key, m)));
    if (other && key in other) errs.push(invalid(p.key(key), key, `duplicate of key present in ${otherName}`));
  }
  return errs;
}

const size = (m: Record<string, string> | undefined): number => Object.values(m ?? {}).reduce((n, v) => n + String(v).length, 0);

export function validateConfigMap(cm: ConfigMap): FieldErrorList {
  const errs = validateObjectMeta(cm.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validateKeys(cm.data, cm.binaryData, path('data'), 'binaryData'));
  errs.push(...validateKeys(cm.binaryData, cm.data, path('binaryData'), 'data'));
  if (size(cm.data) + size(cm.binaryData) > MAX_SECRET_SIZE) errs.push(tooLong(path(''), '', MAX_SECRET_SIZE));
  return errs;
}

function validateImmutableData<T extends { immutable?: boolean; data?: Record<string, string>; binaryData?: Record<string, string> }>(next: T, old: T, kinds: Array<'data' | 'binaryData'>): FieldErrorList {
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

/** Keys a Secret of each well-known type must carry (core/v1 types.go constants). */
const REQUIRED_KEYS: Record<string, string[]> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
};

export function validateSecret(secret: Secret): FieldErrorList {
  const errs = validateObjectMeta(secret.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  const dataPath = path('data');
  const data = { ...secret.data, ...secret.stringData };
  errs.push(...validateKeys(data, undefined, dataPath, ''));
  if (size(data) > MAX_SECRET_SIZE) errs.push(tooLong(dataPath, '', MAX_SECRET_SIZE));
  for (const key of REQUIRED_KEYS[secret.type ?? ''] ?? []) if (!(key in data)) errs.push(required(dataPath.key(key)));
  if (secret.type === 'kubernetes.io/service-account-token' && !secret.metadata?.annotations?.['kubernetes.io/service-account.name']) {
    errs.push(required(path('metadata', 'annotations').key('kubernetes.io/service-account.name')));
  }
  return errs;
}

export function validateSecretUpdate(secret: Secret, old: Secret): FieldErrorList {
  const errs = validateObjectMetaUpdate(secret.metadata, old.metadata);
  if ((secret.type ?? '') !== (old.type ?? '')) errs.push(immutable(path('type'), secret.type ?? ''));
  errs.push(...validateImmutableData(secret, old, ['data']));
  errs.push(...validateSecret(secret).filter((e) => !e.field.startsWith('metadata.')));
  return errs;
}
