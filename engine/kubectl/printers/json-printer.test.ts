import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { printJson } from './json-printer.ts';
import { asList } from './list.ts';

describe('printJson (json.MarshalIndent with four spaces)', () => {
  it('an object with sorted keys', () => {
    expect(printJson({ kind: 'Pod', apiVersion: 'v1', metadata: { name: 'web', labels: {} }, spec: { containers: [] } })).toBe(`{
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": {
        "labels": {},
        "name": "web"
    },
    "spec": {
        "containers": []
    }
}
`);
  });
  it('an empty List', () => {
    expect(printJson(asList([]))).toBe('{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  });
  it('escapes HTML characters as Go does', () => {
    expect(printJson({ a: '<b>&' })).toBe('{\n    "a": "\\u003cb\\u003e\\u0026"\n}\n');
  });
  it('round-trips through JSON.parse', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(JSON.parse(printJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
    }));
  });
});
