import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { goQuote } from '../../apimachinery/go-quote.ts';
import { ERR_SYNTAX, unquoteExtend } from './unquote.ts';

describe('UnquoteExtend (strconv.Unquote, plus single quotes)', () => {
  it('reads Go escapes in double and single quotes', () => {
    expect(unquoteExtend('"a\\tb\\x41\\u00e9\\U0001F600\\\\"')).toBe('a\tbAé\u{1f600}\\');
    expect(unquoteExtend("'it\\'s'")).toBe("it's");
  });

  it('refuses what strconv.Unquote refuses', () => {
    for (const bad of ['"a', '"\\q"', '"\\x4"', 'abc']) expect(() => unquoteExtend(bad)).toThrow(ERR_SYNTAX);
  });

  it('undoes strconv.Quote', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => expect(unquoteExtend(goQuote(s))).toBe(s)), { numRuns: 2000 });
  });
});
