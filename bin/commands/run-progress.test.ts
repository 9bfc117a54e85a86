// Tests `kubespec run`'s progress by driving it with a recorded cucumber-js message stream
// (reports/fixtures/run-progress: two feature files, a failure, a retried outline row that passes
// on its second attempt, an undefined step) into fake stdout streams, with and without a TTY.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Envelope } from '@cucumber/messages';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitToWidth, RunProgress, type ProgressStream } from './run-progress.ts';
import { summarizeMessages } from './run-summary.ts';

const MESSAGES = fileURLToPath(new URL('../../reports/fixtures/run-progress/messages.ndjson', import.meta.url));

/** Feeds the recorded run into a progress reporter on a stream; returns everything written. */
function drive(stream: Omit<ProgressStream, 'write'>): string {
  let out = '';
  const progress = new RunProgress({ ...stream, write: (text: string) => { out += text; } });
  for (const line of readFileSync(MESSAGES, 'utf8').split('\n')) if (line) progress.onMessage(JSON.parse(line) as Envelope);
  return out;
}

/** What a terminal shows after `text`: `\r` returns to the line's start, ESC[K clears to its end. */
function screen(text: string): string[] {
  const lines = [''];
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const row = lines.length - 1;
    if (text.startsWith('\x1b[K', i)) { lines[row] = lines[row]!.slice(0, col); i += 2; }
    else if (text[i] === '\r') col = 0;
    else if (text[i] === '\n') { lines.push(''); col = 0; }
    else { lines[row] = lines[row]!.slice(0, col) + text[i]! + lines[row]!.slice(col + 1); col++; }
  }
  return lines;
}

describe('kubespec run progress', () => {
  it('in CI (no TTY): a plain line per failed scenario and per finished feature file, no control characters', () => {
    const out = drive({});
    expect(out).toBe([
      'features/a.feature: 2 scenarios (2 passed, 0 failed) [2/6]',
      'FAILED features/b.feature:5 Fails',
      'FAILED features/b.feature:16 Undefined',
      'features/b.feature: 4 scenarios (2 passed, 2 failed) [6/6]',
      '', '',
    ].join('\n'));
    expect([...out].filter((c) => c !== '\n' && (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))).toEqual([]);
  });

  it('no line of it is mistaken for the closing "N passed, N failed" (npm test reads the first)', () => {
    expect(drive({}).split('\n').filter((line) => /^\d+ passed, \d+ failed$/.test(line))).toEqual([]);
  });

  it('on a terminal: one line redrawn with the bar, N/M scenarios, counts and the feature running', () => {
    const frames = drive({ isTTY: true, columns: 100 }).split('\r\x1b[K').filter((f) => f !== '');
    expect(frames).toEqual([
      '[░░░░░░░░░░░░░░░░░░░░░░░░] 0/6 scenarios  0 passed  0 failed  features/a.feature',
      '[████░░░░░░░░░░░░░░░░░░░░] 1/6 scenarios  1 passed  0 failed  features/a.feature',
      '[████████░░░░░░░░░░░░░░░░] 2/6 scenarios  2 passed  0 failed  features/a.feature',
      '[████████░░░░░░░░░░░░░░░░] 2/6 scenarios  2 passed  0 failed  features/b.feature',
      '[████████████░░░░░░░░░░░░] 3/6 scenarios  3 passed  0 failed  features/b.feature',
      'FAILED features/b.feature:5 Fails\n',
      '[████████████████░░░░░░░░] 4/6 scenarios  3 passed  1 failed  features/b.feature',
      '[████████████████████░░░░] 5/6 scenarios  4 passed  1 failed  features/b.feature',
      'FAILED features/b.feature:16 Undefined\n',
      '[████████████████████████] 6/6 scenarios  4 passed  2 failed\n\n',
    ]);
  });

  it('leaves the failures above the final bar and a blank line for Cucumber\'s summary', () => {
    expect(screen(drive({ isTTY: true, columns: 100 }))).toEqual([
      'FAILED features/b.feature:5 Fails',
      'FAILED features/b.feature:16 Undefined',
      '[████████████████████████] 6/6 scenarios  4 passed  2 failed',
      '', '',
    ]);
  });

  it('cuts the feature from the left on a narrow terminal, and takes 80 columns when the size is 0', () => {
    const narrow = drive({ isTTY: true, columns: 70 }).split('\r\x1b[K');
    expect(narrow[1]).toBe('[░░░░░░░░░░░░░░░░░░░░░░░░] 0/6 scenarios  0 passed  0 failed  …eature');
    expect(narrow[1]?.length).toBe(69);
    const sizeless = drive({ isTTY: true, columns: 0 }).split('\r\x1b[K')[1];
    expect(sizeless).toBe('[░░░░░░░░░░░░░░░░░░░░░░░░] 0/6 scenarios  0 passed  0 failed  …atures/a.feature');
    expect(sizeless?.length).toBe(79);
  });

  it('counts as the closing line does: the last attempt of a retried scenario', () => {
    expect(summarizeMessages(MESSAGES)).toEqual({ passed: 4, failed: 2 });
    expect(drive({ isTTY: true })).toContain('6/6 scenarios  4 passed  2 failed');
  });

  it('fitToWidth never exceeds the width, keeps the head and the end of the tail', () => {
    fc.assert(fc.property(fc.string(), fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 120 }), (head, tail, width) => {
      const line = fitToWidth(head, tail, width);
      expect(line.length).toBeLessThanOrEqual(width);
      expect(line.startsWith(head.slice(0, width))).toBe(true);
      if (line.length > head.length) {
        expect(line.slice(head.length, head.length + 2)).toBe('  ');
        const shown = line.slice(head.length + 2);
        expect(shown === tail || (shown.startsWith('…') && tail.endsWith(shown.slice(1)))).toBe(true);
      }
      if (head.length + 2 + tail.length <= width) expect(line).toBe(`${head}  ${tail}`);
    }));
  });
});
