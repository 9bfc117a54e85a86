// Tests for the files of configMap, secret and projected volumes: keys, items remapping, decoded
// Secret data, missing sources, and the rewrite on refresh (old keys disappear).
import { test } from 'node:test';
import { expect } from 'expect';
import type { ConfigMap, Container, Pod, Secret } from 'kubernetes-types/core/v1';
import type { ConfigSource } from '../../api/config-objects/container-env.ts';
import { SimFs } from '../shell/sim-fs.ts';
import { configMountPaths, volumeFiles, volumeSetUpError } from './volume-files.ts';
import { syncConfigVolumes } from './volume-sync.ts';

const source = (cms: Record<string, Record<string, string>>, secrets: Record<string, Record<string, string>> = {}): ConfigSource => ({
  configMap: (_ns, name) => (cms[name] ? { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: cms[name] } as ConfigMap : undefined),
  secret: (_ns, name) => (secrets[name] ? { apiVersion: 'v1', kind: 'Secret', metadata: { name }, data: secrets[name] } as Secret : undefined),
});
const container: Container = { name: 'app', volumeMounts: [{ name: 'cfg', mountPath: '/etc/config/' }, { name: 'sec', mountPath: '/etc/secret' }, { name: 'all', mountPath: '/projected' }] };
const pod: Pod = {
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    containers: [container],
    volumes: [
      { name: 'cfg', configMap: { name: 'app-config' } },
      { name: 'sec', secret: { secretName: 'app-secret', items: [{ key: 'token', path: 'auth/token' }, { key: 'absent', path: 'x' }] } },
      { name: 'all', projected: { sources: [{ configMap: { name: 'app-config', items: [{ key: 'mode', path: 'mode.txt' }] } }, { secret: { name: 'app-secret' } }] } },
      { name: 'unused', emptyDir: {} },
    ],
  },
};

test('configMap keys, secret items remapped and decoded, projected sources merged', () => {
  const files = volumeFiles(pod, container, source({ 'app-config': { mode: 'fast', level: 'info' } }, { 'app-secret': { token: 'YWJj' } }));
  expect([...files]).toEqual([
    ['/etc/config/mode', 'fast'], ['/etc/config/level', 'info'],
    ['/etc/secret/auth/token', 'abc'],
    ['/projected/mode.txt', 'fast'], ['/projected/token', 'abc'],
  ]);
});

test('a missing source gives no files', () => {
  expect([...volumeFiles(pod, container, source({}))]).toEqual([]);
});

test('the config mount paths leave out other volume types', () => {
  const c: Container = { name: 'app', volumeMounts: [{ name: 'cfg', mountPath: '/etc/config' }, { name: 'unused', mountPath: '/scratch' }] };
  expect(configMountPaths(pod, c)).toEqual(['/etc/config']);
});

test('a refresh rewrites the mount: changed values change, removed keys disappear', () => {
  const fs = new SimFs();
  syncConfigVolumes(fs, pod, container, source({ 'app-config': { mode: 'fast', level: 'info' } }));
  expect(fs.read('/etc/config/mode')).toBe('fast');
  syncConfigVolumes(fs, pod, container, source({ 'app-config': { mode: 'slow' } }));
  expect(fs.read('/etc/config/mode')).toBe('slow');
  expect(fs.read('/etc/config/level')).toBeUndefined();
  expect(fs.isDir('/etc/config')).toBe(true);
});

test('a missing non-optional configMap or secret volume source is a SetUp error; optional ones are not', () => {
  expect(volumeSetUpError(pod, source({}))).toBe('MountVolume.SetUp failed for volume "cfg" : configmap "app-config" not found');
  expect(volumeSetUpError(pod, source({ 'app-config': {} }))).toBe('MountVolume.SetUp failed for volume "sec" : secret "app-secret" not found');
  expect(volumeSetUpError(pod, source({ 'app-config': {} }, { 'app-secret': {} }))).toBeUndefined();
  const optional: Pod = { spec: { containers: [], volumes: [{ name: 'cfg', configMap: { name: 'x', optional: true } }, { name: 'p', projected: { sources: [{ configMap: { name: 'kube-root-ca.crt' } }] } }] } };
  expect(volumeSetUpError(optional, source({}))).toBeUndefined();
});
