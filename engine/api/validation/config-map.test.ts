// ConfigMap validation with Kubernetes' own messages: keys, duplicates across data and
// binaryData, the 1 MiB size counted as Go counts it, immutability.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { ConfigMap } from 'kubernetes-types/core/v1';
import { validateConfigMap, validateConfigMapUpdate } from './config-map.ts';
import { errorString } from './field-error.ts';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const cm = (data: Record<string, string>, extra: Partial<ConfigMap> = {}): ConfigMap => ({ metadata: { name: 'cfg', namespace: 'default' }, data, ...extra });
const messages = (c: ConfigMap): string[] => validateConfigMap(c).map(errorString);

describe('ConfigMap validation', () => {
  it('rejects an empty key (conformance: ConfigMap with empty key)', () => {
    expect(messages(cm({ '': 'value' }))).toEqual([
      "data[]: Invalid value: \"\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    ]);
  });

  it('rejects dot-prefixed keys and keys in both maps', () => {
    expect(messages(cm({ '..a': 'x', k: 'v' }, { binaryData: { k: b64('v') } }))).toEqual([
      "data[..a]: Invalid value: \"..a\": must not start with '..'",
      'data[k]: Invalid value: "k": duplicate of key present in binaryData',
      'binaryData[k]: Invalid value: "k": duplicate of key present in data',
    ]);
  });

  it('limits the total to 1 MiB, on the path NewPath("") renders as []', () => {
    expect(messages(cm({ big: 'x'.repeat(1024 * 1024 + 1) }))).toEqual(['[]: Too long: must have at most 1048576 bytes']);
    expect(messages(cm({ big: 'x'.repeat(1024 * 1024) }))).toEqual([]);
  });

  it('counts data in UTF-8 bytes and binaryData decoded, as len() of the internal values', () => {
    // 'é' is one UTF-16 unit but two bytes: 524,289 of them are 1,048,578 bytes.
    expect(messages(cm({ accents: 'é'.repeat(524_289) }))).toEqual(['[]: Too long: must have at most 1048576 bytes']);
    // 786,432 decoded bytes are 1,048,576 base64 characters: within the limit, with room for 262,144 more.
    const binary = Buffer.alloc(786_432, 1).toString('base64');
    expect(messages(cm({ a: 'x'.repeat(262_144) }, { binaryData: { bin: binary } }))).toEqual([]);
    expect(messages(cm({ a: 'x'.repeat(262_145) }, { binaryData: { bin: binary } }))).toEqual(['[]: Too long: must have at most 1048576 bytes']);
  });

  it('freezes data once immutable', () => {
    const old = cm({ a: '1' }, { immutable: true });
    expect(validateConfigMapUpdate(cm({ a: '2' }), old).map(errorString)).toEqual([
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
    expect(validateConfigMapUpdate(cm({ a: '1' }, { immutable: true, metadata: { name: 'cfg', namespace: 'default', labels: { x: 'y' } } }), old)).toEqual([]);
  });
});
