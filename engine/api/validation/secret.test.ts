// Secret validation with Kubernetes' own messages: the per-type required keys, JSON-object
// docker configs (contents redacted), the decoded 1 MiB limit with stringData merged, updates.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Secret } from 'kubernetes-types/core/v1';
import { errorString } from './field-error.ts';
import { validateSecret, validateSecretUpdate } from './secret.ts';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const secret = (type: string, data: Record<string, string>, extra: Partial<Secret> = {}): Secret =>
  ({ metadata: { name: 's', namespace: 'default' }, type, data, ...extra });
const messages = (s: Secret): string[] => validateSecret(s).map(errorString);
const REDACTED = '"<secret contents redacted>"';

describe('Secret validation', () => {
  const cases: Array<[string, Secret, string[]]> = [
    ['opaque accepts anything', secret('Opaque', { any: b64('x') }), []],
    ['tls needs tls.crt and tls.key', secret('kubernetes.io/tls', { 'tls.crt': b64('c') }), ['data[tls.key]: Required value']],
    ['dockercfg needs its key', secret('kubernetes.io/dockercfg', {}), ['data[.dockercfg]: Required value']],
    ['dockerconfigjson needs its key', secret('kubernetes.io/dockerconfigjson', {}), ['data[.dockerconfigjson]: Required value']],
    ['dockerconfigjson accepts a JSON object', secret('kubernetes.io/dockerconfigjson', { '.dockerconfigjson': b64('{"auths":{}}') }), []],
    ['dockerconfigjson accepts null, as json.Unmarshal does', secret('kubernetes.io/dockerconfigjson', { '.dockerconfigjson': b64('null') }), []],
    ['dockerconfigjson refuses an array', secret('kubernetes.io/dockerconfigjson', { '.dockerconfigjson': b64('[1]') }),
      [`data[.dockerconfigjson]: Invalid value: ${REDACTED}: json: cannot unmarshal array into Go value of type map[string]interface {}`]],
    ['basic-auth needs username or password', secret('kubernetes.io/basic-auth', {}), ['data[username]: Required value', 'data[password]: Required value']],
    ['basic-auth takes an empty password', secret('kubernetes.io/basic-auth', { password: '' }), []],
    ['ssh-auth needs a non-empty private key', secret('kubernetes.io/ssh-auth', { 'ssh-privatekey': '' }), ['data[ssh-privatekey]: Required value']],
    ['service-account-token needs the account annotation', secret('kubernetes.io/service-account-token', {}),
      ['metadata.annotations[kubernetes.io/service-account.name]: Required value']],
    ['stringData counts as data', secret('kubernetes.io/tls', { 'tls.crt': b64('c') }, { stringData: { 'tls.key': 'k' } }), []],
    ['bad key', secret('Opaque', { 'a b': b64('x') }),
      ["data[a b]: Invalid value: \"a b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"]],
  ];
  for (const [name, s, expected] of cases) it(name, () => expect(messages(s)).toEqual(expected));

  it('redacts malformed docker config contents', () => {
    const errors = validateSecret(secret('kubernetes.io/dockerconfigjson', { '.dockerconfigjson': b64('not json') }));
    expect(errors.map((e) => e.field)).toEqual(['data[.dockerconfigjson]']);
    expect(errorString(errors[0]!)).toBe(`data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character 'o' in literal null (expecting 'u')`);
    const cut = validateSecret(secret('kubernetes.io/dockercfg', { '.dockercfg': b64('{"auths":') }));
    expect(cut.map(errorString)).toEqual([`data[.dockercfg]: Invalid value: "<secret contents redacted>": unexpected end of JSON input`]);
  });

  it('limits the decoded data to 1 MiB', () => {
    const mib = Buffer.alloc(1024 * 1024, 7).toString('base64'); // 1,398,104 base64 characters, exactly 1 MiB decoded
    expect(messages(secret('Opaque', { big: mib }))).toEqual([]);
    expect(messages(secret('Opaque', { big: mib }, { stringData: { more: 'x' } }))).toEqual(['data: Too long: must have at most 1048576 bytes']);
  });

  it('keeps type and immutable data fixed on update', () => {
    const old = secret('Opaque', { a: b64('1') }, { immutable: true });
    expect(validateSecretUpdate(secret('kubernetes.io/tls', { a: b64('2') }), old).map(errorString)).toEqual([
      'type: Invalid value: "kubernetes.io/tls": field is immutable',
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
      'data[tls.crt]: Required value',
      'data[tls.key]: Required value',
    ]);
  });
});
