// Tests for generateContainerConfig: the resolved env, the CreateContainerConfigError messages
// and the InvalidEnvironmentVariableNames warning for skipped envFrom keys.
import { test } from 'node:test';
import { expect } from 'expect';
import type { ConfigMap, Container, Secret } from 'kubernetes-types/core/v1';
import type { ConfigSource } from '../../api/config-objects/container-env.ts';
import { generateContainerConfig } from './container-config.ts';

const source: ConfigSource = {
  configMap: (_ns, name) => (name === 'app-config' ? { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { mode: 'fast', '1bad': 'x' } } as ConfigMap : undefined),
  secret: (_ns, name) => (name === 'app-secret' ? { apiVersion: 'v1', kind: 'Secret', metadata: { name }, data: { '2b': 'eA==', '1a': 'eQ==' } } as Secret : undefined),
};

test('env values, configMapKeyRef and envFrom end up in one map', () => {
  const c: Container = { name: 'app', env: [{ name: 'A', value: '1' }, { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'mode' } } }] };
  expect(generateContainerConfig(c, 'default', source)).toEqual({ ok: true, env: new Map([['A', '1'], ['MODE', 'fast']]), warnings: [] });
});

test('a missing ConfigMap, key or Secret fails with the kubelet message', () => {
  const ref = (name: string, key: string): Container => ({ name: 'app', env: [{ name: 'X', valueFrom: { configMapKeyRef: { name, key } } }] });
  expect(generateContainerConfig(ref('other', 'mode'), 'default', source)).toEqual({ ok: false, message: 'configmap "other" not found' });
  expect(generateContainerConfig(ref('app-config', 'speed'), 'default', source)).toEqual({ ok: false, message: "couldn't find key speed in ConfigMap default/app-config" });
  const sec: Container = { name: 'app', envFrom: [{ secretRef: { name: 'other-secret' } }] };
  expect(generateContainerConfig(sec, 'default', source)).toEqual({ ok: false, message: 'secret "other-secret" not found' });
});

test('an optional missing key is left out', () => {
  const c: Container = { name: 'app', env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'speed', optional: true } } }] };
  expect(generateContainerConfig(c, 'default', source)).toEqual({ ok: true, env: new Map(), warnings: [] });
});

test('skipped envFrom keys give one InvalidEnvironmentVariableNames message per source, keys sorted', () => {
  const c: Container = { name: 'app', envFrom: [{ configMapRef: { name: 'app-config' } }, { secretRef: { name: 'app-secret' } }] };
  expect(generateContainerConfig(c, 'default', source)).toEqual({
    ok: true, env: new Map([['mode', 'fast']]),
    warnings: [
      'Keys [1bad] from the EnvFrom configMap default/app-config were skipped since they are considered invalid environment variable names.',
      'Keys [1a, 2b] from the EnvFrom secret default/app-secret were skipped since they are considered invalid environment variable names.',
    ],
  });
});
