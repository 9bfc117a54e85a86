import { describe, it } from 'node:test';
import { expect } from 'expect';
import { annotationsBlock, formatLabelSelector, labelsBlock } from './describe-sections.ts';
import { formatRfc1123z } from './describe-time.ts';

describe('describe sections', () => {
  it('labels and annotations blocks (sorted, continuation lines start with a tab)', () => {
    expect(labelsBlock('Labels', { b: '2', a: '1' })).toBe('Labels:\ta=1\n\tb=2\n');
    expect(labelsBlock('Labels', {}, '  ')).toBe('  Labels:\t<none>\n');
    expect(annotationsBlock('Annotations', { 'kubectl.kubernetes.io/last-applied-configuration': '{}' })).toBe('Annotations:\t<none>\n');
  });
  it('FormatLabelSelector', () => {
    expect(formatLabelSelector({ matchLabels: { b: '2', a: '1' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }] })).toBe('a=1,b=2,tier in (be,fe)');
  });
  it('RFC1123Z of the virtual epoch and a day later', () => {
    expect([formatRfc1123z('2025-01-01T00:00:00Z'), formatRfc1123z('2025-03-02T13:04:05Z')]).toEqual(['Wed, 01 Jan 2025 00:00:00 +0000', 'Sun, 02 Mar 2025 13:04:05 +0000']);
  });
});
