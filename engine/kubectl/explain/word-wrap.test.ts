// go-wordwrap's WrapString: its own table cases (those that hold for v1.0.1, the version kubectl
// vendors) and the rules as properties.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { wrapString } from './word-wrap.ts';

test('wraps at white space, keeps existing line breaks, lets long words overflow', () => {
  const cases: [string, number, string][] = [
    ['foo', 4, 'foo'],
    ['foobarbaz', 4, 'foobarbaz'],
    ['foo bar baz', 4, 'foo\nbar\nbaz'],
    ['foo\nb ar\nbaz', 4, 'foo\nb ar\nbaz'],
    ['foo       \nb ar\nbaz', 4, 'foo\nb ar\nbaz'],
    ['fo sop       \nb ar\n baz', 4, 'fo\nsop\nb ar\n baz'],
    ['a\u00a0b c', 3, 'a\u00a0b\nc'],
    ['Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.\n', 76,
      'Number of desired pods. This is a pointer to distinguish between explicit\nzero and not specified. Defaults to 1.\n'],
  ];
  for (const [input, lim, output] of cases) expect({ input, out: wrapString(input, lim) }).toEqual({ input, out: output });
});

const word = fc.stringMatching(/^[a-z]{1,12}$/);
const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n')), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

test('property: the words and their order are kept; only white space changes', () => {
  fc.assert(fc.property(text, fc.integer({ min: 1, max: 30 }), (s, lim) => {
    expect(wrapString(s, lim).split(/\s+/).filter(Boolean)).toEqual(s.split(/\s+/).filter(Boolean));
  }));
});

test('property: when every word is shorter than the limit, every line fits', () => {
  // (A word as long as the limit never triggers a wrap: WrapString's `wordBufLen < lim`.)
  fc.assert(fc.property(text, fc.integer({ min: 13, max: 40 }), (s, lim) => {
    for (const line of wrapString(s, lim).split('\n')) expect(line.length).toBeLessThanOrEqual(lim);
  }));
});

test('property: text without breaks that fits is returned unchanged', () => {
  fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
    const s = words.join(' ');
    expect(wrapString(s, s.length)).toBe(s);
  }));
});
