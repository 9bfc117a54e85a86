// Word wrapping as kubectl explain's `wrap` template function does it: wraps only at white space,
// keeps the line breaks already in the text, lets a word longer than the limit overflow, and drops
// the spaces at a wrap point. Counts runes, as Go ranges over a string.
// Models github.com/mitchellh/go-wordwrap v1.0.1 wordwrap.go → WrapString (through
// staging/src/k8s.io/kubectl/pkg/util/term/term_writer.go → NewWordWrapWriter).
// Left out: nothing.

const NBSP = '\u00a0';
// Go's unicode.IsSpace: the Latin-1 spaces and the Unicode White_Space characters.
const SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

export function wrapString(s: string, lim: number): string {
  let buf = '';
  let current = 0;
  let word = '';
  let space = '';
  let wordLen = 0;
  let spaceLen = 0;
  const flushSpace = (): void => { buf += space; space = ''; spaceLen = 0; };
  const flushWord = (): void => { buf += word; word = ''; wordLen = 0; };
  for (const char of s) {
    if (char === '\n') {
      if (word === '') {
        if (current + spaceLen <= lim) flushSpace();
        space = ''; spaceLen = 0;
      } else {
        flushSpace();
        flushWord();
      }
      buf += char;
      current = 0;
    } else if (SPACE.test(char) && char !== NBSP) {
      if (space === '' || word !== '') {
        current += spaceLen + wordLen;
        flushSpace();
        flushWord();
      }
      space += char;
      spaceLen++;
    } else {
      word += char;
      wordLen++;
      if (current + wordLen + spaceLen > lim && wordLen < lim) {
        buf += '\n';
        current = 0;
        space = ''; spaceLen = 0;
      }
    }
  }
  if (word === '') {
    if (current + spaceLen <= lim) buf += space;
  } else {
    buf += space + word;
  }
  return buf;
}
