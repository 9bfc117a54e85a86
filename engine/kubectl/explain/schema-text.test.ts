// The type hint and enum pieces of the plaintext template, with the cases of
// staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext_test.go (typeGuess/*).
import { test } from 'node:test';
import { expect } from 'expect';
import type { OpenApiV3Document, V3Schema } from '../../api/openapi/openapi-v3.ts';
import { description, extractEnum, indent, typeGuess } from './schema-text.ts';

const ref = (name: string): string => `#/components/schemas/${name}`;
const doc: OpenApiV3Document = {
  resources: {},
  schemas: {
    'v1.Time': { type: 'string', description: 'Time is a wrapper.' },
    'io.k8s.api.core.v1.Container': { type: 'object', description: 'A container.' },
    'io.k8s.IntOrString': { description: 'IntOrString holds an int or a string.' },
  },
};

test('typeGuess names what a field holds as kubectl does', () => {
  const cases: [string, V3Schema, string][] = [
    ['Scalar', { type: 'string' }, 'string'],
    ['PrimitiveRef', { description: 'a cool field', $ref: ref('v1.Time') }, 'string'],
    ['ArrayUnknown', { type: 'array' }, 'array'],
    ['ObjectTitle', { type: 'object' }, 'Object'],
    ['ArrayOfScalar', { type: 'array', items: { type: 'number' } }, '[]number'],
    ['ArrayOfAllOfRef', { type: 'array', items: { type: 'object', allOf: [{ $ref: ref('io.k8s.api.core.v1.Container') }] } }, '[]Container'],
    ['ArrayOfRef', { type: 'array', items: { $ref: ref('io.k8s.api.core.v1.Container') } }, '[]Container'],
    ['ArrayOfMap', { type: 'array', items: { type: 'object', additionalProperties: { type: 'string' } } }, '[]map[string]string'],
    ['MapOfArrayOfScalar', { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }, 'map[string][]string'],
    ['MapOfRef', { type: 'object', additionalProperties: { allOf: [{ $ref: ref('io.k8s.api.core.v1.Container') }] } }, 'map[string]Container'],
    ['UntypedRef', { allOf: [{ $ref: ref('io.k8s.IntOrString') }], description: 'x' }, 'IntOrString'],
    ['MissingRef', { $ref: ref('io.k8s.Nowhere') }, 'Nowhere'],
    ['Unknown', { description: 'a cool field' }, 'Object'],
  ];
  for (const [name, schema, want] of cases) expect({ name, got: typeGuess(schema, doc) }).toEqual({ name, got: want });
});

test('extractEnum: the short view stops after the limit, the long view lists one value per line', () => {
  const schema: V3Schema = { type: 'string', enum: ['', 'BlockDevice', 'CharDevice', 'Directory', 'File'] };
  expect(extractEnum(schema, false, 4, 2)).toBe('\n  enum: "", BlockDevice, CharDevice, Directory, ....');
  expect(extractEnum(schema, true, -1)).toBe('ENUM:\n    ""\n    BlockDevice\n    CharDevice\n    Directory\n    File');
  expect(extractEnum({ type: 'string', enum: [] }, false, 4)).toBe('');
  expect(extractEnum({ type: 'string' }, true, -1)).toBe('');
});

test('description gathers the field\'s text, then its reference\'s, items\' and map values\'', () => {
  expect(description({ description: 'The start.', allOf: [{ $ref: ref('v1.Time') }] }, doc)).toBe('The start.\nTime is a wrapper.\n');
  expect(description({ type: 'array', items: { $ref: ref('io.k8s.api.core.v1.Container') } }, doc)).toBe('A container.\n');
  expect(description({ type: 'object', additionalProperties: { type: 'string' } }, doc)).toBe('');
});

test('indent pads the first line and every line after a break, even an empty last one', () => {
  expect(indent(4, 'a\nb\n')).toBe('    a\n    b\n    ');
});
