// The expected texts were checked against Go's text/tabwriter (Debian's Go 1.19, whose format is
// the 1.24 one), as were 30,000 random texts under both settings, all alike.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { DESCRIBE_SETTINGS, tabwrite, tabwriteText } from './tabwriter.ts';

describe('tabwrite (kubectl get: minwidth 6, padding 3)', () => {
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
  it('counts runes, not UTF-16 units', () => {
    expect(tabwrite([['NAME', 'X'], ['😀😀😀😀', 'y']])).toBe('NAME   X\n😀😀😀😀   y\n');
  });
});

describe('tabwriteText (kubectl describe: minwidth 0, padding 2)', () => {
  const write = (text: string): string => tabwriteText(text, DESCRIBE_SETTINGS);
  it('aligns a column block; a line without a tab ends the block', () => {
    expect(write('Name:\tweb\nNamespace:\tdefault\nPod Template:\n  Labels:\tapp=web\n')).toBe(
      'Name:       web\nNamespace:  default\nPod Template:\n  Labels:  app=web\n');
  });
  it('the Conditions table shares column 0 with OldReplicaSets/NewReplicaSet, as in real output', () => {
    expect(write('Conditions:\n  Type\tStatus\tReason\n  ----\t------\t------\n  Available \tTrue\tMinimumReplicasAvailable\n  Progressing \tTrue\tNewReplicaSetAvailable\nOldReplicaSets:\t<none>\nNewReplicaSet:\tweb-1 (3/3 replicas created)\n')).toBe(
      'Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    True    NewReplicaSetAvailable\nOldReplicaSets:  <none>\nNewReplicaSet:   web-1 (3/3 replicas created)\n');
  });
  it('pads an empty cell and keeps the spaces before an empty last cell, as Go does', () => {
    expect(write('a\t\tb\nlonger\tx\t\n')).toBe('a          b\nlonger  x  \n');
  });
  it('ends an unterminated last line at its last tab when nothing follows it', () => {
    expect(tabwriteText('\tb\t\t', { minwidth: 6, padding: 3 })).toBe('      b     ');
  });
});
