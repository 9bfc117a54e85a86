import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1.js';
import { validateConfigMap, validateConfigMapUpdate } from './configmap-validation.ts';
import { defaultSecret, decodeSecretValue } from './secret-string-data.ts';
import { validateSecret, validateSecretUpdate } from './secret-validation.ts';
import { formatFieldError } from './field-error.ts';
import type { FieldError } from './field-error.ts';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const messages = (errors: FieldError[]): string[] => errors.map(formatFieldError);
const cm = (data: Record<string, string>, extra: Partial<ConfigMap> = {}): ConfigMap => ({ metadata: { name: 'cfg' }, data, ...extra });
const secret = (type: string, data: Record<string, string>, extra: Partial<Secret> = {}): Secret => ({ metadata: { name: 's' }, type, data, ...extra });

describe('ConfigMap validation', () => {
  it('rejects an empty key (conformance: ConfigMap with empty key)', () => {
    expect(messages(validateConfigMap(cm({ '': 'value' })))).toEqual([
      "data[]: Invalid value: \"\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    ]);
  });
  it('rejects dot-prefixed keys and keys in both maps', () => {
    expect(messages(validateConfigMap(cm({ '..a': 'x', k: 'v' }, { binaryData: { k: b64('v') } })))).toEqual([
      "data[..a]: Invalid value: \"..a\": must not start with '..'",
      'data[k]: Invalid value: "k": duplicate of key present in binaryData',
      'binaryData[k]: Invalid value: "k": duplicate of key present in data',
    ]);
  });
  it('limits the total size to 1 MiB', () => {
    expect(messages(validateConfigMap(cm({ big: 'x'.repeat(1024 * 1024 + 1) })))).toEqual([': Too long: must have at most 1048576 bytes']);
  });
  it('freezes data once immutable', () => {
    const old = cm({ a: '1' }, { immutable: true });
    expect(messages(validateConfigMapUpdate(cm({ a: '2' }), old))).toEqual([
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
    expect(validateConfigMapUpdate(cm({ a: '1' }, { immutable: true, metadata: { name: 'cfg', labels: { x: 'y' } } }), old)).toEqual([]);
  });
});

describe('Secret defaulting', () => {
  it('merges stringData into base64 data, stringData winning, and defaults the type', () => {
    const out = defaultSecret({ metadata: { name: 's' }, data: { a: b64('old'), b: b64('keep') }, stringData: { a: 'new', c: 'päss' } });
    expect(out).toEqual({ metadata: { name: 's' }, type: 'Opaque', data: { a: b64('new'), b: b64('keep'), c: b64('päss') } });
    expect(decodeSecretValue(out.data?.['c'] ?? '')).toBe('päss');
  });
});

describe('Secret validation', () => {
  const cases: Array<[string, Secret, string[]]> = [
    ['opaque accepts anything', secret('Opaque', { any: b64('x') }), []],
    ['tls needs tls.crt and tls.key', secret('kubernetes.io/tls', { 'tls.crt': b64('c') }), ['data[tls.key]: Required value']],
    ['dockerconfigjson needs its key', secret('kubernetes.io/dockerconfigjson', {}), ['data[.dockerconfigjson]: Required value']],
    ['dockerconfigjson accepts JSON', secret('kubernetes.io/dockerconfigjson', { '.dockerconfigjson': b64('{"auths":{}}') }), []],
    ['basic-auth needs username or password', secret('kubernetes.io/basic-auth', {}), ['data[username]: Required value', 'data[password]: Required value']],
    ['service-account-token needs the account annotation', secret('kubernetes.io/service-account-token', {}),
      ['metadata.annotations[kubernetes.io/service-account.name]: Required value']],
    ['bad key', secret('Opaque', { 'a b': b64('x') }),
      ["data[a b]: Invalid value: \"a b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"]],
  ];
  for (const [name, s, expected] of cases) it(name, () => expect(messages(validateSecret(s))).toEqual(expected));

  it('redacts malformed dockerconfigjson', () => {
    const errors = validateSecret(secret('kubernetes.io/dockerconfigjson', { '.dockerconfigjson': b64('not json') }));
    expect(errors.map((e) => [e.field, e.value])).toEqual([['data[.dockerconfigjson]', '<secret contents redacted>']]);
  });

  it('keeps type and immutable data fixed on update', () => {
    const old = secret('Opaque', { a: b64('1') }, { immutable: true });
    expect(messages(validateSecretUpdate(secret('kubernetes.io/tls', { a: b64('2') }), old))).toEqual([
      'type: Invalid value: "kubernetes.io/tls": field is immutable',
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
      'data[tls.crt]: Required value',
      'data[tls.key]: Required value',
    ]);
  });
});
