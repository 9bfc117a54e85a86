// The expected texts were checked against Go's own encoding/json (Debian's Go 1.19, whose
// scanner.go has the same states and messages as the 1.24 Kubernetes 1.33 is built with): the named
// cases below, and 40,000 random token strings with arbitrary bytes, all printed alike.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { goJsonSyntaxError, quoteChar } from './go-json-scanner.ts';

const check = (text: string | Uint8Array): string | undefined => goJsonSyntaxError(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);

describe("Go's encoding/json syntax check", () => {
  // Each text is what json.Unmarshal returns in Go 1.24 for the input.
  const cases: Array<[string, string]> = [
    ['', 'unexpected end of JSON input'],
    ['   ', 'unexpected end of JSON input'],
    ['not json', "invalid character 'o' in literal null (expecting 'u')"],
    ['{', 'unexpected end of JSON input'],
    ['{"auths":', 'unexpected end of JSON input'],
    ['"abc', 'unexpected end of JSON input'],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 "b":2}', `invalid character '"' after object key:value pair`],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['[1,]', "invalid character ']' looking for beginning of value"],
    ['[1 2]', "invalid character '2' after array element"],
    ['{} x', "invalid character 'x' after top-level value"],
    ['{}x', "invalid character 'x' after top-level value"],
    ['tru', "invalid character ' ' in literal true (expecting 'e')"],
    ['trUe', "invalid character 'U' in literal true (expecting 'u')"],
    ['fals', "invalid character ' ' in literal false (expecting 'e')"],
    ['-', "invalid character ' ' in numeric literal"],
    ['-a', "invalid character 'a' in numeric literal"],
    ['1.', "invalid character ' ' after decimal point in numeric literal"],
    ['1.e5', "invalid character 'e' after decimal point in numeric literal"],
    ['1e', "invalid character ' ' in exponent of numeric literal"],
    ['1e+x', "invalid character 'x' in exponent of numeric literal"],
    ['01', "invalid character '1' after top-level value"],
    ['"a\\x"', "invalid character 'x' in string escape code"],
    ['"\\u12g4"', "invalid character 'g' in \\u hexadecimal character escape"],
    ['"a\tb"', "invalid character '\\t' in string literal"],
    ['"a\nb"', "invalid character '\\n' in string literal"],
    ['"\u0001"', "invalid character '\\x01' in string literal"],
    ['{"a":\\}', "invalid character '\\\\' looking for beginning of value"],
    ['\u007f', "invalid character '\\x7f' looking for beginning of value"],
    ['\ufeff{}', "invalid character 'ï' looking for beginning of value"],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => expect(check(input)).toBe(expected));

  it('accepts every well-formed value, with surrounding white space', () => {
    for (const ok of ['{}', ' { "auths" : { } } ', '[]', '[ ]', 'null', 'true', '-0', '1.5e-3', '"\\u00e9\\n"', '{"a":[1,{"b":null}]}', '0\n', '"x"\r\n'])
      expect(check(ok)).toBeUndefined();
  });

  it('does not treat invalid UTF-8 as a syntax error, as json.Unmarshal replaces it', () => {
    expect(check(Uint8Array.from([0x22, 0xff, 0xfe, 0x22]))).toBeUndefined();
  });

  it('quotes a byte as strconv.Quote quotes the Latin-1 rune it converts to', () => {
    expect([0x27, 0x22, 0x5c, 0x00, 0x07, 0x1b, 0x7f, 0x85, 0xa0, 0xad, 0xe9, 0x41].map(quoteChar))
      .toEqual(["'\\''", `'"'`, "'\\\\'", "'\\x00'", "'\\a'", "'\\x1b'", "'\\x7f'", "'\\u0085'", "'\\u00a0'", "'\\u00ad'", "'é'", "'A'"]);
  });

  it('accepts exactly the texts JSON.parse accepts (the same RFC 8259 grammar)', () => {
    const token = fc.constantFrom('{', '}', '[', ']', ',', ':', ' ', '"', '"a"', '\\', 'u', '0', '1', '-', '.', 'e', '+', 'true', 'nul', 'l', '\t', '\u0001', 'x');
    fc.assert(fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
      const text = tokens.join('');
      let parses = true;
      try { JSON.parse(text); } catch { parses = false; }
      expect(check(text) === undefined).toBe(parses);
    }), { numRuns: 3000 });
  });
});
