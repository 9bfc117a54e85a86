// Go's base64 CorruptInputError offsets and time.Parse(RFC3339) errors, as the API server's
// decoder reports them for []byte fields and metav1.Time.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { Buffer } from 'node:buffer';
import { base64ErrorOffset, rfc3339Error } from './go-scalars.ts';

describe('base64ErrorOffset (encoding/base64 StdEncoding)', () => {
  const cases: Array<[string, number | undefined]> = [
    ['aGVsbG8=', undefined], ['', undefined], ['aGVs\nbG8=', undefined], ['abc!', 3], ['abc', 0],
    ['a===', 1], ['ab=', 3], ['ab=x', 2], ['aGVsbG8=x', 8],
  ];
  for (const [s, at] of cases) it(JSON.stringify(s), () => expect(base64ErrorOffset(s)).toBe(at));
  it('accepts whatever Buffer encodes (property)', () => {
    fc.assert(fc.property(fc.uint8Array(), (bytes) => base64ErrorOffset(Buffer.from(bytes).toString('base64')) === undefined));
  });
});

describe('rfc3339Error (time.Parse RFC3339)', () => {
  it('accepts Z and offsets', () => {
    expect(rfc3339Error('2025-01-01T00:00:00Z')).toBeUndefined();
    expect(rfc3339Error('2025-01-01T00:00:00.123+02:00')).toBeUndefined();
  });
  it('names the first element that fails', () => {
    expect(rfc3339Error('2025-01-01')).toBe('parsing time "2025-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"');
  });
  it('reports extra text', () => {
    expect(rfc3339Error('2025-01-01T00:00:00Zx')).toBe('parsing time "2025-01-01T00:00:00Zx": extra text: "x"');
  });
});
