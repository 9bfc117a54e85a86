import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { ConfigMap, Container, Secret } from 'kubernetes-types/core/v1.js';
import { resolveContainerEnv } from './container-env.ts';
import type { ConfigSource } from './container-env.ts';

const configMaps: Record<string, ConfigMap> = { settings: { metadata: { name: 'settings' }, data: { MODE: 'fast', 'bad key': 'x' } } };
const secrets: Record<string, Secret> = { db: { metadata: { name: 'db' }, data: { PASSWORD: Buffer.from('s3cr3t').toString('base64') } } };
const source: ConfigSource = { configMap: (_ns, n) => configMaps[n], secret: (_ns, n) => secrets[n] };
const container = (c: Partial<Container>): Container => ({ name: 'app', ...c });

describe('container env from ConfigMaps and Secrets', () => {
  it('merges envFrom (prefixed, invalid keys skipped) and env refs, decoding secrets', () => {
    expect(resolveContainerEnv(container({
      envFrom: [{ configMapRef: { name: 'settings' }, prefix: 'APP_' }],
      env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'PASSWORD' } } }, { name: 'PLAIN', value: 'v' }],
    }), 'default', source)).toEqual({ ok: true, env: { APP_MODE: 'fast', DB_PASSWORD: 's3cr3t', PLAIN: 'v' }, skippedKeys: ['APP_bad key'] });
  });

  const failures: Array<[string, Partial<Container>, string]> = [
    ['missing configmap', { envFrom: [{ configMapRef: { name: 'nope' } }] }, 'configmap "nope" not found'],
    ['missing secret', { env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'nope', key: 'k' } } }] }, 'secret "nope" not found'],
    ['missing configmap key', { env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'settings', key: 'LEVEL' } } }] }, "couldn't find key LEVEL in ConfigMap default/settings"],
    ['missing secret key', { env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'db', key: 'USER' } } }] }, "couldn't find key USER in Secret default/db"],
  ];
  for (const [name, c, message] of failures) {
    it(`fails the start: ${name}`, () => expect(resolveContainerEnv(container(c), 'default', source)).toEqual({ ok: false, reason: 'CreateContainerConfigError', message }));
  }

  it('skips optional references that do not resolve', () => {
    expect(resolveContainerEnv(container({ env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'nope', key: 'k', optional: true } } }] }), 'default', source))
      .toEqual({ ok: true, env: {}, skippedKeys: [] });
  });
});
