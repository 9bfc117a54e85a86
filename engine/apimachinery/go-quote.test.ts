// The expected texts were checked against Go's strconv.Quote (Debian's Go 1.19): these cases, every
// BMP code point, and 60,000 random strings, all alike but for runes Unicode assigned after 13.0
// (Go 1.19's tables; Go 1.24, which Kubernetes 1.33 is built with, has 15.0, this Node 15.1).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { goQuote } from './go-quote.ts';

describe("Go's strconv.Quote", () => {
  const cases: Array<[string, string]> = [
    ['web', '"web"'],
    ['', '""'],
    ['say "hi"\\', '"say \\"hi\\"\\\\"'],
    ['a\tb\nc\rd', '"a\\tb\\nc\\rd"'],
    ['\x07\b\f\v', '"\\a\\b\\f\\v"'],
    ['\x00\x01\x1b\x7f', '"\\x00\\x01\\x1b\\x7f"'],
    ['é ü ß 日本', '"é ü ß 日本"'],
    ['\u0085\u00a0\u00ad', '"\\u0085\\u00a0\\u00ad"'],
    ['\u200b\u2028\ufeff', '"\\u200b\\u2028\\ufeff"'],
    ['\u{1f600}', '"\u{1f600}"'],
    ['\u{e0001}\u{10fffd}', '"\\U000e0001\\U0010fffd"'],
    ['\u3000', '"\\u3000"'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => expect(goQuote(input)).toBe(expected));

  it('is JSON.stringify for printable ASCII', () => {
    fc.assert(fc.property(fc.stringMatching(/^[\x20-\x7e]*$/), (s) => expect(goQuote(s)).toBe(JSON.stringify(s))));
  });
});
