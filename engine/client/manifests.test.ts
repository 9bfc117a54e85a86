import { test } from 'node:test';
import { expect } from 'expect';
import { parseManifests } from './manifests.ts';

test('multi-document YAML and Lists are flattened, each object with its line', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n---\n# a comment\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    metadata: { name: b }\n---\n';
  expect(parseManifests(text, 'x.yaml').map((m) => [m.object.kind, m.object.metadata.name, m.line])).toEqual([['ConfigMap', 'a', 1], ['Secret', 'b', 9]]);
});

test('malformed YAML names the file and line', () => {
  expect(() => parseManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n    labels: x\n', 'bad.yaml')).toThrow(/^error parsing bad\.yaml: error converting YAML to JSON: yaml: line 4: Nested mappings are not allowed in compact mappings$/);
});

test('missing apiVersion and kind are reported as kubectl validation does', () => {
  expect(() => parseManifests('metadata: { name: a }\n', 'p.yaml')).toThrow(
    'error validating "p.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false');
});

test('the same text parsed again gives fresh objects under the new file name', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n';
  const first = parseManifests(text, 'one.yaml');
  const second = parseManifests(text, 'two.yaml');
  expect(second.map((m) => [m.file, m.line, m.object.metadata.name])).toEqual([['two.yaml', 1, 'a'], ['two.yaml', 5, 'b']]);
  expect(second[0]!.object).toEqual(first[0]!.object);
  expect(second[0]!.object).not.toBe(first[0]!.object);
  second[0]!.object.metadata.name = 'changed';
  expect(parseManifests(text, 'three.yaml')[0]!.object.metadata.name).toBe('a');
});
