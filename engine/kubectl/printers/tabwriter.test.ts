import { describe, it } from 'node:test';
import { expect } from 'expect';
import { tabwrite } from './tabwriter.ts';

describe('tabwrite (minwidth 6, padding 3)', () => {
  it('pads each column to its widest cell plus three', () => {
    expect(tabwrite([['NAME', 'READY', 'AGE'], ['web-abc12', '1/1', '5m']]))
      .toBe('NAME        READY   AGE\nweb-abc12   1/1     5m\n');
  });
  it('gives narrow columns the minimum width of six', () => {
    expect(tabwrite([['IP', 'X'], ['a', 'b']])).toBe('IP    X\na     b\n');
  });
  it('does not pad the last column', () => {
    expect(tabwrite([['NAME', 'MESSAGE'], ['x', 'long message here']])).toBe('NAME   MESSAGE\nx      long message here\n');
  });
});
