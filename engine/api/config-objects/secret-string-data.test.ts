// Secret defaulting: stringData merged into base64 data (stringData winning), type Opaque.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { defaultSecret, decodeSecretValue } from './secret-string-data.ts';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('Secret defaulting', () => {
  it('merges stringData into base64 data, stringData winning, and defaults the type', () => {
    const out = defaultSecret({ metadata: { name: 's' }, data: { a: b64('old'), b: b64('keep') }, stringData: { a: 'new', c: 'päss' } });
    expect(out).toEqual({ metadata: { name: 's' }, type: 'Opaque', data: { a: b64('new'), b: b64('keep'), c: b64('päss') } });
    expect(decodeSecretValue(out.data?.['c'] ?? '')).toBe('päss');
  });
});
