// Secret validation: every data key a valid config key, at most 1 MiB of decoded data, the keys
// each well-known type needs (service-account-token's annotation, dockercfg and dockerconfigjson
// as JSON objects, basic-auth, ssh-auth, tls), `type` immutable, data frozen once immutable.
// Models pkg/apis/core/validation/validation.go → ValidateSecret, ValidateSecretUpdate, which see
// the internal Secret: data decoded from base64, with stringData merged in over it by
// Convert_v1_Secret_To_core_Secret. Data keys are visited in sorted order (Go's map order is random).
import type { Secret } from 'kubernetes-types/core/v1';
import { goJsonSyntaxError } from '../../apimachinery/go-json-scanner.ts';
import { validateConfigKeys, validateImmutableData, MAX_SECRET_SIZE } from './config-map.ts';
import { immutable, invalid, required, tooLong, type FieldErrorList } from './field-error.ts';
import { path } from './field-path.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';

/** The internal Secret's data: key → decoded bytes; stringData wins over data (the v1 conversion). */
function internalData(secret: Secret): Map<string, Buffer> {
  const data = new Map<string, Buffer>();
  for (const [k, v] of Object.entries(secret.data ?? {})) data.set(k, Buffer.from(String(v), 'base64'));
  for (const [k, v] of Object.entries(secret.stringData ?? {})) data.set(k, Buffer.from(String(v), 'utf8'));
  return data;
}

const SERVICE_ACCOUNT_NAME_KEY = 'kubernetes.io/service-account.name';
const REDACTED = '<secret contents redacted>';
const dataKey = (k: string) => path('data').key(k);

/** The per-type switch of ValidateSecret. */
function validateSecretType(secret: Secret, data: Map<string, Buffer>): FieldErrorList {
  switch (secret.type ?? '') {
    case 'kubernetes.io/service-account-token':
      return secret.metadata?.annotations?.[SERVICE_ACCOUNT_NAME_KEY] ? [] : [required(path('metadata', 'annotations').key(SERVICE_ACCOUNT_NAME_KEY))];
    case 'kubernetes.io/dockercfg':
      return jsonObjectKey(data, '.dockercfg');
    case 'kubernetes.io/dockerconfigjson':
      return jsonObjectKey(data, '.dockerconfigjson');
    case 'kubernetes.io/basic-auth':
      // "username or password might be empty, but the field must be present"
      return data.has('username') || data.has('password') ? [] : [required(dataKey('username')), required(dataKey('password'))];
    case 'kubernetes.io/ssh-auth':
      return (data.get('ssh-privatekey')?.length ?? 0) === 0 ? [required(dataKey('ssh-privatekey'))] : [];
    case 'kubernetes.io/tls':
      return ['tls.crt', 'tls.key'].filter((k) => !data.has(k)).map((k) => required(dataKey(k)));
    default:
      return [];
  }
}

/** json.Unmarshal into map[string]interface{}: the key must be there and hold a JSON object. */
function jsonObjectKey(data: Map<string, Buffer>, k: string): FieldErrorList {
  const bytes = data.get(k);
  if (bytes === undefined) return [required(dataKey(k))];
  // json.Unmarshal checks the syntax first, with encoding/json's own messages.
  const syntaxError = goJsonSyntaxError(bytes);
  if (syntaxError !== undefined) return [invalid(dataKey(k), REDACTED, syntaxError)];
  const parsed: unknown = JSON.parse(bytes.toString('utf8'));
  // An object, or null (which unmarshals into a map without error in Go too), is accepted.
  if (parsed === null || (typeof parsed === 'object' && !Array.isArray(parsed))) return [];
  const kind = Array.isArray(parsed) ? 'array' : typeof parsed === 'boolean' ? 'bool' : typeof parsed;
  return [invalid(dataKey(k), REDACTED, `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`)];
}

export function validateSecret(secret: Secret): FieldErrorList {
  const errs = validateObjectMeta(secret.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  const data = internalData(secret);
  errs.push(...validateConfigKeys([...data.keys()], undefined, path('data'), ''));
  let total = 0;
  for (const v of data.values()) total += v.length;
  if (total > MAX_SECRET_SIZE) errs.push(tooLong(path('data'), '', MAX_SECRET_SIZE));
  errs.push(...validateSecretType(secret, data));
  return errs;
}

export function validateSecretUpdate(secret: Secret, old: Secret): FieldErrorList {
  const errs = validateObjectMetaUpdate(secret.metadata, old.metadata);
  if ((secret.type ?? '') !== (old.type ?? '')) errs.push(immutable(path('type'), secret.type ?? ''));
  errs.push(...validateImmutableData(secret, old, ['data']));
  errs.push(...validateSecret(secret).filter((e) => !e.field.startsWith('metadata.')));
  return errs;
}
