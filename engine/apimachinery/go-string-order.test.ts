import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { compareGoStrings, goSortedKeys } from './go-string-order.ts';

const sign = (n: number): number => Math.sign(n);

describe("Go's string order", () => {
  it('puts a character beyond U+FFFF after the ones from U+E000, as UTF-8 bytes do', () => {
    expect(['\u{1f826}', '\ufb01', 'b', 'a', '\ue000', '\u{10000}', 'ab'].sort(compareGoStrings))
      .toEqual(['a', 'ab', 'b', '\ue000', '\ufb01', '\u{10000}', '\u{1f826}']);
    expect(goSortedKeys({ '🠦': 1, 'אַ': 2, z: 3 })).toEqual(['z', 'אַ', '🠦']);
  });

  it('agrees with a byte-wise comparison of the UTF-8 encodings (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 6 });
    fc.assert(fc.property(text, text, (a, b) =>
      sign(compareGoStrings(a, b)) === sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')))), { numRuns: 5000 });
  });
});
