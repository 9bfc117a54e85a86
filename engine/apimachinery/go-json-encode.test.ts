// The expected texts were checked against Go's encoding/json (Debian's Go 1.19), as were 20,000
// random values, compact and indented, all alike; Go 1.19 spells \b and \f as \u0008 and \u000c,
// which Go 1.22 changed to the \b and \f of the 1.24 Kubernetes 1.33 is built with (and of these).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { goJsonMarshal, goJsonMarshalIndent, goJsonString } from './go-json-encode.ts';

describe("Go's encoding/json output", () => {
  it('escapes HTML characters, U+2028 and U+2029, and control characters', () => {
    expect(goJsonString('<a href="x">&</a>\u2028\u2029\t\n\r\b\f\x01\x7fé😀'))
      .toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e\\u2028\\u2029\\t\\n\\r\\b\\f\\u0001\x7fé😀"');
  });

  it('sorts keys as Go sorts strings and writes numbers as Go writes float64', () => {
    expect(goJsonMarshal({ '🠦': null, b: [1, 0.000001, 1e-7, 1e21, 123456789012345680000], a: { y: true, x: 'v' }, 'אַ': false }))
      .toBe('{"a":{"x":"v","y":true},"b":[1,0.000001,1e-7,1e+21,123456789012345680000],"אַ":false,"🠦":null}');
  });

  it('indents as MarshalIndent with four spaces, empty collections kept on one line', () => {
    expect(goJsonMarshalIndent({ kind: 'List', items: [{ a: 1 }, []], meta: {} }, '', '    ')).toBe([
      '{',
      '    "items": [',
      '        {',
      '            "a": 1',
      '        },',
      '        []',
      '    ],',
      '    "kind": "List",',
      '    "meta": {}',
      '}',
    ].join('\n'));
  });
});
