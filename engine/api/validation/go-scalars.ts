// The scalar decoders the API server runs while decoding JSON: base64 for []byte fields
// (Go encoding/base64 StdEncoding.Decode → CorruptInputError `illegal base64 data at input byte
// %d`) and RFC3339 for metav1.Time (time.Parse's `parsing time %q as %q: cannot parse %q as %q`).
// The time check walks the layout elements in order; month/day range errors are left out.
import { goQuote } from '../../apimachinery/go-quote.ts';

const B64 = /[A-Za-z0-9+/]/;
const isNewline = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** Byte offset of the first corrupt base64 input, as Go's decodeQuantum reports it, or undefined. */
export function base64ErrorOffset(src: string): number | undefined {
  let si = 0;
  for (;;) {
    let j = 0;
    while (j < 4) {
      if (si === src.length) return j === 0 ? undefined : si - j;
      const c = src[si++];
      if (c !== undefined && B64.test(c)) { j++; continue; }
      if (isNewline(c)) continue;
      if (c !== '=' || j < 2) return si - 1;
      if (j === 2) {
        while (si < src.length && isNewline(src[si])) si++;
        if (si === src.length) return src.length;
        if (src[si] !== '=') return si - 1;
        si++;
      }
      while (si < src.length && isNewline(src[si])) si++;
      return si < src.length ? si : undefined;
    }
  }
}

export const base64Error = (src: string): string | undefined => {
  const at = base64ErrorOffset(src);
  return at === undefined ? undefined : `illegal base64 data at input byte ${at}`;
};

const RFC3339_LAYOUT = '2006-01-02T15:04:05Z07:00';
const ELEMENTS: Array<[string, RegExp]> = [
  ['2006', /^\d{4}/], ['-', /^-/], ['01', /^\d{2}/], ['-', /^-/], ['02', /^\d{2}/], ['T', /^T/],
  ['15', /^\d{2}/], [':', /^:/], ['04', /^\d{2}/], [':', /^:/], ['05', /^\d{2}(\.\d+)?/],
  ['Z07:00', /^(Z|[+-]\d{2}:\d{2})/],
];

/** time.Parse(time.RFC3339, value)'s error text, or undefined when it parses. */
export function rfc3339Error(value: string): string | undefined {
  let rest = value;
  for (const [elem, re] of ELEMENTS) {
    const m = re.exec(rest);
    if (!m) return `parsing time ${goQuote(value)} as ${goQuote(RFC3339_LAYOUT)}: cannot parse ${goQuote(rest)} as ${goQuote(elem)}`;
    rest = rest.slice(m[0].length);
  }
  if (rest !== '') return `parsing time ${goQuote(value)}: extra text: ${goQuote(rest)}`;
  return undefined;
}
