// Go's order of strings, a < b byte by byte over UTF-8: how encoding/json and fmt sort map keys
// (encode.go → mapEncoder sorts by key string; internal/fmtsort compares strings with <). UTF-8
// byte order is code point order, which differs from JavaScript's default sort (UTF-16 code
// units) where a character beyond U+FFFF meets one from U+E000 to U+FFFF: '🠦' (U+1F826) sorts
// after 'ﬁ' (U+FB01) in Go, before it in a plain JS sort.

/** A UTF-16 unit moved so that units compare in code point order: surrogates above U+E000–U+FFFF. */
const codePointRank = (unit: number): number => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);

/** Negative, zero or positive as a sorts before, with or after b in Go. */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** The keys of an object in Go's map-key order. */
export const goSortedKeys = (o: object): string[] => Object.keys(o).sort(compareGoStrings);
