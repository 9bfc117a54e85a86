// Secret rules: valid keys, at most 1 MiB of decoded data, per-type required keys (tls, dockercfg,
// dockerconfigjson with well-formed JSON, basic-auth, ssh-auth, service-account-token annotation),
// `type` immutable, data frozen once `immutable: true`. Models pkg/apis/core/validation/validation.go
// (ValidateSecret, ValidateSecretUpdate); core.MaxSecretSize = 1 MiB.
import type { Secret } from 'kubernetes-types/core/v1.js';
import { configKeyErrors } from './config-key.ts';
import { IMMUTABLE_MESSAGE, sameMap } from './configmap-validation.ts';
import { forbiddenField, invalid, keyPath, required, tooLong } from './field-error.ts';
import type { FieldError } from './field-error.ts';

export const MAX_SECRET_SIZE = 1024 * 1024;
const SERVICE_ACCOUNT_NAME_KEY = 'kubernetes.io/service-account.name';

export function validateSecret(secret: Secret): FieldError[] {
  const errors: FieldError[] = [];
  const data = secret.data ?? {};
  let total = 0;
  for (const [key, value] of Object.entries(data)) {
    for (const msg of configKeyErrors(key)) errors.push(invalid(keyPath('data', key), key, msg));
    total += Buffer.from(value, 'base64').length;
  }
  if (total > MAX_SECRET_SIZE) errors.push(tooLong('data', MAX_SECRET_SIZE));
  return [...errors, ...validateSecretType(secret, data)];
}

function validateSecretType(secret: Secret, data: Record<string, string>): FieldError[] {
  const has = (k: string): boolean => k in data;
  switch (secret.type ?? '') {
    case 'kubernetes.io/service-account-token':
      return secret.metadata?.annotations?.[SERVICE_ACCOUNT_NAME_KEY] ? [] : [required(keyPath('metadata.annotations', SERVICE_ACCOUNT_NAME_KEY))];
    case 'kubernetes.io/dockercfg':
      return jsonKey(data, '.dockercfg');
    case 'kubernetes.io/dockerconfigjson':
      return jsonKey(data, '.dockerconfigjson');
    case 'kubernetes.io/basic-auth':
      return has('username') || has('password') ? [] : [required(keyPath('data', 'username')), required(keyPath('data', 'password'))];
    case 'kubernetes.io/ssh-auth':
      return (data['ssh-privatekey'] ?? '') === '' ? [required(keyPath('data', 'ssh-privatekey'))] : [];
    case 'kubernetes.io/tls':
      return ['tls.crt', 'tls.key'].filter((k) => !has(k)).map((k) => required(keyPath('data', k)));
    default:
      return [];
  }
}

function jsonKey(data: Record<string, string>, key: string): FieldError[] {
  const value = data[key];
  if (value === undefined) return [required(keyPath('data', key))];
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('json: cannot unmarshal into Go value of type map[string]interface {}');
    return [];
  } catch (e) {
    return [invalid(keyPath('data', key), '<secret contents redacted>', e instanceof Error ? e.message : String(e))];
  }
}

export function validateSecretUpdate(next: Secret, old: Secret): FieldError[] {
  const errors: FieldError[] = [];
  if ((next.type ?? '') !== (old.type ?? '')) errors.push(invalid('type', next.type ?? '', 'field is immutable'));
  if (old.immutable === true) {
    if (next.immutable !== true) errors.push(forbiddenField('immutable', IMMUTABLE_MESSAGE));
    if (!sameMap(next.data, old.data)) errors.push(forbiddenField('data', IMMUTABLE_MESSAGE));
  }
  return [...errors, ...validateSecret(next)];
}
